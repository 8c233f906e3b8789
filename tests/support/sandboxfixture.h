#pragma once

#include <apiclient.h>
#include <apitransport.h>
#include <appsecrettokenprovider.h>
#include <sandboxapi.h>
#include <sandboxserver.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTimer>

#include <memory>

/// The sandbox on loopback, in this process, with a client that talks to it over HTTP.
struct SandboxFixture
{
    explicit SandboxFixture(const SandboxOptions &options = SandboxOptions(),
                            const SandboxState &state = SandboxState::initial(),
                            AppSecretTokenProvider::Endpoint endpoint =
                                AppSecretTokenProvider::Endpoint::StableToken)
        : api(options, state), server(&api)
    {
        QString error;
        port = server.start(QStringLiteral("127.0.0.1"), 0, &error);
        base = QUrl(server.baseUrl());
        network.setProxy(QNetworkProxy::NoProxy);
        transport = std::make_unique<ApiTransport>(&network);
        transport->setDeadline(10000);
        tokens = std::make_unique<AppSecretTokenProvider>(transport.get(), base, options.appId,
                                                          options.secret, endpoint);
        client = std::make_unique<ApiClient>(transport.get(), base, tokens.get());
        client->setBackoff({1, 1, 1});
    }

    ApiResult get(const QString &endpoint)
    {
        ApiResult result;
        QEventLoop loop;
        client->get(endpoint, [&](const ApiResult &value) {
            result = value;
            loop.quit();
        });
        loop.exec();
        return result;
    }

    ApiResult post(const QString &endpoint, const QByteArray &body)
    {
        ApiResult result;
        QEventLoop loop;
        client->post(endpoint, body, [&](const ApiResult &value) {
            result = value;
            loop.quit();
        });
        loop.exec();
        return result;
    }

    int calls(const QString &endpoint) const { return api.calls().value(endpoint); }

    SandboxApi api;
    SandboxServer server;
    quint16 port = 0;
    QUrl base;
    QNetworkAccessManager network;
    std::unique_ptr<ApiTransport> transport;
    std::unique_ptr<AppSecretTokenProvider> tokens;
    std::unique_ptr<ApiClient> client;
};

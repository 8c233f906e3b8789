#pragma once

#include "apiresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiTransport;
class TokenProvider;

/**
 * Calls the menu API with a token, following the error policy: 40001/40014/42001 get exactly
 * one new token and one retry (the call was refused before it ran); -1 and HTTP 5xx a bounded
 * exponential backoff, for reads only (the token fetch, stable_token, included); everything
 * else is reported as it is. Each result says how many tries it took. A call that changes the
 * account (ApiRequests::changesAccount) goes out once, through ApiTransport::postOnce() or
 * getOnce(), and is never repeated after -1, 5xx or a lost reply.
 */
class ApiClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResult &)>;

    ApiClient(ApiTransport *transport, const QUrl &base, TokenProvider *tokens,
              QObject *parent = nullptr);

    /// Delays between retries of a read after -1 or HTTP 5xx; their number bounds the retries.
    void setBackoff(const QList<int> &delaysMs) { m_backoff = delaysMs; }
    QUrl base() const { return m_base; }

    void get(const QString &endpoint, Callback done);
    void post(const QString &endpoint, const QByteArray &body, Callback done);

    /// Retries made so far (after a busy server or a refused token), for tests and logs.
    int retries() const { return m_retries; }

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    /// Sends the call again after the next delay; false when the delays are used up.
    bool backOff(const std::shared_ptr<Call> &call);
    /// Backs off after a busy token fetch that may be repeated; false when it may not.
    bool retryTokenFetch(const std::shared_ptr<Call> &call, const ApiResult &failure);

    QPointer<ApiTransport> m_transport;
    QUrl m_base;
    QPointer<TokenProvider> m_tokens;
    QList<int> m_backoff = {1000, 2000, 4000};
    int m_retries = 0;
};

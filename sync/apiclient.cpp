#include "apiclient.h"

#include "apirequests.h"
#include "apitransport.h"
#include "errorpolicy.h"
#include "tokenprovider.h"

#include <QPointer>
#include <QTimer>

struct ApiClient::Call
{
    QString endpoint;
    bool post = false;
    QByteArray body;
    Callback done;
    bool tokenRenewed = false;
    int backoffUsed = 0;
};

ApiClient::ApiClient(ApiTransport *transport, const QUrl &base, TokenProvider *tokens,
                     QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_base(base)
    , m_tokens(tokens)
{}

void ApiClient::get(const QString &endpoint, Callback done)
{
    auto call = std::make_shared<Call>();
    call->endpoint = endpoint;
    call->done = std::move(done);
    attempt(call);
}

void ApiClient::post(const QString &endpoint, const QByteArray &body, Callback done)
{
    auto call = std::make_shared<Call>();
    call->endpoint = endpoint;
    call->post = true;
    call->body = body;
    call->done = std::move(done);
    attempt(call);
}

void ApiClient::attempt(std::shared_ptr<Call> call)
{
    m_tokens->token(false, [this, self = QPointer<ApiClient>(this),
                            call](const QString &token, const ApiResult &failure) {
        if (!self)
            return;
        if (token.isEmpty()) {
            call->done(failure);
            return;
        }
        const QUrl url = ApiRequests::endpointUrl(m_base, call->endpoint, token);
        const auto answered = [this, self = QPointer<ApiClient>(this),
                               call](const ApiResult &result) {
            if (!self)
                return;
            switch (ErrorPolicy::action(result)) {
            case ErrorPolicy::Action::RenewToken:
                if (call->tokenRenewed)
                    break; // once, never a loop
                call->tokenRenewed = true;
                ++m_retries;
                m_tokens->token(true, [this, self = QPointer<ApiClient>(this),
                                       call](const QString &fresh, const ApiResult &why) {
                    if (!self)
                        return;
                    if (fresh.isEmpty()) {
                        call->done(why);
                        return;
                    }
                    attempt(call);
                });
                return;
            case ErrorPolicy::Action::Backoff:
                // A busy answer can follow a call that took effect: a call that changes the
                // account is left to the caller, which reads the account first.
                if (call->backoffUsed >= m_backoff.size() ||
                    ApiRequests::changesAccount(call->endpoint))
                    break;
                ++m_retries;
                QTimer::singleShot(m_backoff.at(call->backoffUsed++), this,
                                   [this, call] { attempt(call); });
                return;
            case ErrorPolicy::Action::Done:
                break;
            }
            call->done(result);
        };
        const bool once = ApiRequests::changesAccount(call->endpoint);
        if (call->post && once)
            m_transport->postOnce(url, call->body, answered);
        else if (call->post)
            m_transport->post(url, call->body, answered);
        else if (once)
            m_transport->getOnce(url, answered);
        else
            m_transport->get(url, answered);
    });
}

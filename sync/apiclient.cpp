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
    int tries = 0; ///< attempts so far, each a token fetch or a call sent

    /// Reports `result` with the number of tries it took.
    void finish(ApiResult result) const
    {
        result.tries = qMax(1, tries);
        done(result);
    }
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

bool ApiClient::backOff(const std::shared_ptr<Call> &call)
{
    if (call->backoffUsed >= m_backoff.size())
        return false;
    ++m_retries;
    QTimer::singleShot(m_backoff.at(call->backoffUsed++), this, [this, call] { attempt(call); });
    return true;
}

bool ApiClient::retryTokenFetch(const std::shared_ptr<Call> &call, const ApiResult &failure)
{
    // A busy answer to a fetch that only reads the valid token (stable_token) gets the same
    // bounded backoff as any other read: the menu call itself was not sent yet.
    return ErrorPolicy::action(failure) == ErrorPolicy::Action::Backoff &&
           m_tokens->fetchIsSafeToRepeat() && backOff(call);
}

void ApiClient::attempt(std::shared_ptr<Call> call)
{
    ++call->tries;
    m_tokens->token(false, [this, self = QPointer<ApiClient>(this),
                            call](const QString &token, const ApiResult &failure) {
        if (!self)
            return;
        if (token.isEmpty()) {
            if (!retryTokenFetch(call, failure))
                call->finish(failure);
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
                m_tokens->token(true, [this, self = QPointer<ApiClient>(this), call,
                                       result](const QString &fresh, const ApiResult &why) {
                    if (!self)
                        return;
                    if (!fresh.isEmpty()) {
                        attempt(call);
                    } else if (why.givenToken) {
                        // The server's own refusal, marked: a given token has no renewal.
                        ApiResult refused = result;
                        refused.givenToken = true;
                        call->finish(refused);
                    } else if (!retryTokenFetch(call, why)) {
                        call->finish(why);
                    }
                });
                return;
            case ErrorPolicy::Action::Backoff:
                // A busy answer can follow a call that took effect: a call that changes the
                // account is left to the caller, which reads the account first.
                if (!ApiRequests::changesAccount(call->endpoint) && backOff(call))
                    return;
                break;
            case ErrorPolicy::Action::Done:
                break;
            }
            call->finish(result);
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

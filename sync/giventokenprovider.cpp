#include "giventokenprovider.h"

#include <errcodes.h>
#include <logredactor.h>

#include <QCoreApplication>

GivenTokenProvider::GivenTokenProvider(const QString &token, QObject *parent)
    : TokenProvider(parent)
    , m_token(token)
{
    LogRedactor::addSecret(token);
}

void GivenTokenProvider::token(bool renew, Callback done)
{
    if (!renew) {
        done(m_token, {});
        return;
    }
    // There is no other: the refusal stands.
    ApiResult failure;
    failure.kind = ApiResult::Kind::WeChatError;
    failure.errcode = ErrCode::InvalidCredential;
    failure.errmsg =
        QCoreApplication::translate("GivenTokenProvider", "the given access token was refused");
    failure.givenToken = true;
    done({}, failure);
}

#pragma once

#include "apiresult.h"

#include <QObject>

#include <functional>

/// Where access tokens come from. Each provider counts the token requests it sent.
class TokenProvider : public QObject
{
    Q_OBJECT

public:
    /// `token` is empty when `failure` says why none could be had.
    using Callback = std::function<void(const QString &token, const ApiResult &failure)>;

    using QObject::QObject;

    /// A token to call with. `renew` says the last one was refused: do not hand it out again.
    virtual void token(bool renew, Callback done) = 0;
    /// Token requests sent over the network so far.
    int requests() const { return m_requests; }
    /// Whether a fetch that got a busy answer (-1, HTTP 5xx) may simply be sent again: true
    /// for one that only reads the valid token.
    virtual bool fetchIsSafeToRepeat() const { return true; }

protected:
    int m_requests = 0;
};

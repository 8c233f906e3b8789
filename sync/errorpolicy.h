#pragma once

#include "apiresult.h"

#include <QCoreApplication>

/**
 * What a client does after each answer, in one place (menu-rules.md, "Credentials and general
 * errors"), and what it tells the user.
 */
class ErrorPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ErrorPolicy)

public:
    enum class Action {
        Done,       ///< success, or a failure no retry can mend
        RenewToken, ///< 40001 / 40014 / 42001: get a token once more and retry once
        Backoff,    ///< -1 or HTTP 5xx: wait and retry, a bounded number of times
    };

    static Action action(const ApiResult &result);
    /// True when a call that changes the account may or may not have run: -1, HTTP 5xx, a
    /// timeout, a lost or cut-off reply. It is never repeated blindly; the account is read.
    static bool outcomeUnknown(const ApiResult &result);
    /// The failure in plain words, with what to do about it. Both texts are redacted like the
    /// logs (LogRedactor): a server may echo the token or the secret in its errmsg.
    static QString explain(const ApiResult &result);
    /// The technical detail behind it: errcode, the server's errmsg (with its rid), HTTP status.
    static QString technical(const ApiResult &result);

private:
    static QString explainUnredacted(const ApiResult &result);
    static QString technicalUnredacted(const ApiResult &result);
};

#pragma once

#include <QMetaType>
#include <QString>

/// What asking one link found: it answers, it answers an error status, it does not answer,
/// or its certificate cannot be trusted.
struct LinkResult
{
    enum class Outcome { Ok, Status, Unreachable, Tls };

    Outcome outcome = Outcome::Ok;
    int status = 0; ///< the final HTTP status (GET's when HEAD failed); 0 when none came
    QString reason; ///< the status's reason phrase, as the server sent it
    QString detail; ///< why it failed, in words (unreachable, TLS)

    bool isOk() const { return outcome == Outcome::Ok; }

    friend bool operator==(const LinkResult &a, const LinkResult &b)
    {
        return a.outcome == b.outcome && a.status == b.status && a.reason == b.reason &&
               a.detail == b.detail;
    }
};

Q_DECLARE_METATYPE(LinkResult)

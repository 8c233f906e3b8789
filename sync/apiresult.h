#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// What one call to the API came back with.
struct ApiResult
{
    enum class Kind {
        Ok,           ///< HTTP 200 and errcode 0 (or none)
        WeChatError,  ///< HTTP 200 with a non-zero errcode
        HttpError,    ///< an HTTP status other than 200
        NetworkError, ///< no answer: refused, reset, TLS failure, ...
        Timeout,      ///< no answer within the deadline
        LostReply,    ///< the connection ended after the request went out, before the answer
        TooLarge,     ///< the answer grew past the size limit and was cut off while reading
        Refused,      ///< not sent: an insecure or malformed URL
    };

    Kind kind = Kind::Ok;
    int errcode = 0;
    QString errmsg; ///< as the server wrote it, " rid: ..." included
    int httpStatus = 0;
    QString detail;   ///< the network error or why the call was refused
    QJsonObject json; ///< the parsed body (on success, and on WeChat errors)
    QByteArray body;
    int tries = 1; ///< how many times the call (or the token fetch before it) was sent
    /// The refused token was given as it is (pasted, WEMENU_ACCESS_TOKEN): it cannot be renewed.
    bool givenToken = false;

    bool ok() const { return kind == Kind::Ok; }

    static ApiResult refused(const QString &why)
    {
        ApiResult result;
        result.kind = Kind::Refused;
        result.detail = why;
        return result;
    }
};

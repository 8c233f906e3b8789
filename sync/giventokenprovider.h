#pragma once

#include "tokenprovider.h"

/// A token the user gave (an access_token or authorizer_access_token): used as it is.
class GivenTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    explicit GivenTokenProvider(const QString &token, QObject *parent = nullptr);

    void token(bool renew, Callback done) override;

private:
    QString m_token;
};

#pragma once

#include "secretstore.h"

/**
 * Secrets in the system keychain through QtKeychain. Every job has a deadline: some desktops
 * never answer (a locked keyring with no one to unlock it), and then the call fails with a
 * message instead of hanging. No insecure fallback: a secret is never written to a file.
 */
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void setDeadline(int milliseconds) { m_deadlineMs = milliseconds; }

    void read(const QString &key, ReadCallback done) override;
    void write(const QString &key, const QString &secret, Callback done) override;
    void remove(const QString &key, Callback done) override;

private:
    QString m_service;
    int m_deadlineMs = 5000;
};

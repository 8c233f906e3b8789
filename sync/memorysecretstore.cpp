#include "memorysecretstore.h"

#include <QCoreApplication>

void MemorySecretStore::read(const QString &key, ReadCallback done)
{
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        done({}, QCoreApplication::translate("MemorySecretStore", "No secret is stored for %1.")
                     .arg(key));
    else
        done(it.value(), {});
}

void MemorySecretStore::write(const QString &key, const QString &secret, Callback done)
{
    m_secrets.insert(key, secret);
    done({});
}

void MemorySecretStore::remove(const QString &key, Callback done)
{
    m_secrets.remove(key);
    done({});
}

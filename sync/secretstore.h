#pragma once

#include <QObject>

#include <functional>

/**
 * Where AppSecrets and given tokens are kept: the system keychain, or this session's memory.
 * Every operation answers through its callback, with an empty error on success.
 */
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString &secret, const QString &error)>;
    using Callback = std::function<void(const QString &error)>;

    using QObject::QObject;

    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, Callback done) = 0;
    virtual void remove(const QString &key, Callback done) = 0;
};

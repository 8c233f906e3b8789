#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace {

QString noAnswer()
{
    return QCoreApplication::translate("KeychainSecretStore",
                                       "The system keychain did not answer in time.");
}

/// Runs a job once, with a deadline; `finish` gets the job, or null when the deadline passed.
void runWithDeadline(QKeychain::Job *job, int deadlineMs,
                     std::function<void(QKeychain::Job *)> finish)
{
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [finished, finish] {
        if (*finished)
            return;
        *finished = true;
        finish(nullptr); // the job lives on: the keychain may still answer, then it goes
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [finished, finish](QKeychain::Job *done) {
        done->deleteLater(); // only once it has answered: the backend holds on to it until then
        if (*finished)
            return;
        *finished = true;
        finish(done);
    });
    job->setAutoDelete(false);
    timer->start(deadlineMs);
    job->start();
}

QString describe(QKeychain::Job *job)
{
    if (!job)
        return noAnswer();
    if (job->error() == QKeychain::NoError)
        return {};
    return QCoreApplication::translate("KeychainSecretStore",
                                       "The system keychain is not available: %1")
        .arg(job->errorString());
}

} // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{}

void KeychainSecretStore::read(const QString &key, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, nullptr);
    job->setInsecureFallback(false);
    job->setKey(key);
    runWithDeadline(job, m_deadlineMs, [done](QKeychain::Job *finished) {
        const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        const QString error = describe(finished);
        done(error.isEmpty() ? read->textData() : QString(), error);
    });
}

void KeychainSecretStore::write(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, nullptr);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(secret);
    runWithDeadline(job, m_deadlineMs,
                    [done](QKeychain::Job *finished) { done(describe(finished)); });
}

void KeychainSecretStore::remove(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, nullptr);
    job->setInsecureFallback(false);
    job->setKey(key);
    runWithDeadline(job, m_deadlineMs, [done](QKeychain::Job *finished) {
        // Deleting what is not there is no failure.
        const QString error = finished && finished->error() == QKeychain::EntryNotFound
                                  ? QString()
                                  : describe(finished);
        done(error);
    });
}

#include "recoverystore.h"

#include <menufile.h>
#include <ordermigration.h>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

#include <algorithm>

namespace {
const QString kLock = QStringLiteral(".lock");
const QString kDocument = QStringLiteral(".json");
const QString kNote = QStringLiteral(".note");
const QString kPrefix = QStringLiteral("session-");
} // namespace

RecoveryStore::RecoveryStore(const QString &directory)
    : m_directory(directory)
{}

RecoveryStore::~RecoveryStore()
{
    if (m_lock)
        m_lock->unlock();
}

QString RecoveryStore::pathFor(const QString &session, const QString &suffix) const
{
    return QDir(m_directory).filePath(kPrefix + session + suffix);
}

bool RecoveryStore::ensureSession()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    OrderMigration::upgradeFolder(m_directory);
    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto lock = std::make_unique<QLockFile>(pathFor(session, kLock));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_session = session;
    m_lock = std::move(lock);
    return true;
}

bool RecoveryStore::write(const QByteArray &document, const QString &originalFile)
{
    if (!ensureSession())
        return false;
    const QJsonObject note{
        {QStringLiteral("file"), originalFile},
        {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return MenuFile::writeFile(pathFor(m_session, kDocument), document, nullptr) &&
           MenuFile::writeFile(pathFor(m_session, kNote), QJsonDocument(note).toJson(), nullptr);
}

void RecoveryStore::clear()
{
    if (!m_lock)
        return;
    QFile::remove(pathFor(m_session, kDocument));
    QFile::remove(pathFor(m_session, kNote));
}

bool RecoveryStore::hasAutosave() const
{
    return m_lock && QFile::exists(pathFor(m_session, kDocument));
}

QList<RecoveryStore::Entry> RecoveryStore::orphaned() const
{
    QList<Entry> entries;
    // Autosaves written oldest first by an earlier WeMenu are converted once before reading.
    OrderMigration::upgradeFolder(m_directory);
    const QDir dir(m_directory);
    const QStringList documents =
        dir.entryList({kPrefix + QStringLiteral("*") + kDocument}, QDir::Files);
    for (const QString &name : documents) {
        const QString session =
            name.mid(kPrefix.size(), name.size() - kPrefix.size() - kDocument.size());
        if (session == m_session)
            continue;
        // A lock that can be taken belongs to an editor that is gone.
        QLockFile lock(pathFor(session, kLock));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;
        lock.unlock();
        QFile document(pathFor(session, kDocument));
        if (!document.open(QIODevice::ReadOnly))
            continue;
        Entry entry;
        entry.session = session;
        entry.document = document.readAll();
        QFile noteFile(pathFor(session, kNote));
        if (noteFile.open(QIODevice::ReadOnly)) {
            const QJsonObject note = QJsonDocument::fromJson(noteFile.readAll()).object();
            entry.originalFile = note.value(QStringLiteral("file")).toString();
            entry.savedAt = QDateTime::fromString(note.value(QStringLiteral("saved")).toString(),
                                                  Qt::ISODateWithMs);
        }
        if (!entry.savedAt.isValid())
            entry.savedAt = QFileInfo(document).lastModified();
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

void RecoveryStore::discard(const Entry &entry) const
{
    QFile::remove(pathFor(entry.session, kDocument));
    QFile::remove(pathFor(entry.session, kNote));
    QFile::remove(pathFor(entry.session, kLock));
}

QString RecoveryStore::question(const Entry &entry)
{
    const QString when = QLocale().toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString what = entry.originalFile.isEmpty() ? tr("an untitled menu")
                                                      : QFileInfo(entry.originalFile).fileName();
    return tr("WeMenu closed unexpectedly with unsaved changes to %1 (saved automatically at "
              "%2).\n\nRestore them?")
        .arg(what, when);
}

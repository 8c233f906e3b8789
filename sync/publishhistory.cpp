#include "publishhistory.h"

#include <menufile.h>
#include <menujsonwriter.h>
#include <ordermigration.h>

#include "account.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

/**
 * An earlier WeMenu saved each snapshot as menu/get listed it. A real account lists its
 * conditional menus newest first, so those snapshots are already in priority order; only the
 * Sandbox (the built-in account, or wemenu-sandbox under its default AppID) listed them oldest
 * first, and only its snapshots are reversed.
 */
bool convertSnapshot(const QString &fileName)
{
    const QString account = QFileInfo(fileName).dir().dirName();
    if (account != Account::sandboxName() && account != QLatin1String("wxsandbox000000000"))
        return true;
    return OrderMigration::reverseDocumentFile(fileName);
}

/// The record of what was published beside `snapshotFile`: the same file name in the
/// "published" folder next to it.
QString publishedFileFor(const QString &snapshotFile)
{
    const QFileInfo snapshot(snapshotFile);
    return snapshot.dir().filePath(QStringLiteral("published/") + snapshot.fileName());
}

} // namespace

PublishHistory::PublishHistory(const QString &directory)
    : m_directory(directory)
{}

QString PublishHistory::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("history"));
}

QString PublishHistory::accountKey(const Account &account)
{
    return accountKey(account.appId, account.name);
}

QString PublishHistory::accountKey(const QString &appId, const QString &fallback)
{
    const QString trimmed = appId.trimmed();
    return trimmed.isEmpty() ? fallback : trimmed;
}

QString PublishHistory::folderFor(const QString &appId) const
{
    // The key as a safe folder name (an AppID is one already).
    QString safe = appId;
    safe.replace(QRegularExpression(QStringLiteral(R"([^\w.-])")), QStringLiteral("_"));
    if (safe.isEmpty() || safe.startsWith(QLatin1Char('.')))
        safe.prepend(QLatin1Char('_'));
    return QDir(m_directory).filePath(safe);
}

bool PublishHistory::save(const QString &appId, const DocumentData &live, QString *savedAs,
                          QString *error) const
{
    const QString folder = folderFor(appId);
    // Snapshots written oldest first by an earlier WeMenu are converted before a new one joins.
    OrderMigration::upgradeFolder(m_directory, convertSnapshot);
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the history folder %1.").arg(folder);
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString name = QDir(folder).filePath(now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                                         QStringLiteral(".json"));
    for (int i = 2; QFileInfo::exists(name); ++i)
        name = QDir(folder).filePath(now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                                     QStringLiteral("-%1.json").arg(i));
    DocumentData document = live;
    if (!document.hasDefaultMenu && document.conditionalMenus.isEmpty())
        document.hasDefaultMenu = false; // an empty account saves as an empty document
    if (!MenuFile::writeFile(name, MenuJsonWriter::document(document), error))
        return false;
    if (savedAs)
        *savedAs = name;
    return true;
}

QList<PublishHistory::Entry> PublishHistory::entries(const QString &appId) const
{
    QList<Entry> result;
    OrderMigration::upgradeFolder(m_directory, convertSnapshot);
    const QDir folder(folderFor(appId));
    const QFileInfoList files =
        folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QFileInfo &file : files)
        result.append({file.absoluteFilePath(), file.lastModified()});
    return result;
}

bool PublishHistory::read(const QString &appId, const Entry &entry, DocumentData *data,
                          QString *error) const
{
    const ReadResult snapshot = MenuFile::readFile(entry.fileName);
    if (!snapshot.ok) {
        if (error)
            *error = snapshot.error.message;
        return false;
    }
    *data = snapshot.data;
    nameMenus(appId, data);
    return true;
}

bool PublishHistory::stateAfter(const QString &appId, const QList<Entry> &entries, qsizetype index,
                                DocumentData *after) const
{
    if (index < 0 || index >= entries.size())
        return false;
    if (index > 0)
        return read(appId, entries.at(index - 1), after, nullptr);
    const QString recordFile = publishedFileFor(entries.at(index).fileName);
    if (!QFileInfo::exists(recordFile))
        return false;
    const ReadResult record = MenuFile::readFile(recordFile);
    if (!record.ok)
        return false;
    *after = record.data;
    nameMenus(appId, after);
    return true;
}

bool PublishHistory::recordPublished(const QString &snapshotFile, const DocumentData &published,
                                     QString *error) const
{
    DocumentData document = published;
    document.clearMenuIds();
    const QString folder = QFileInfo(publishedFileFor(snapshotFile)).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = tr("Cannot create the history folder %1.").arg(folder);
        return false;
    }
    return MenuFile::writeFile(publishedFileFor(snapshotFile), MenuJsonWriter::document(document),
                               error);
}

void PublishHistory::nameMenus(const QString &appId, DocumentData *live) const
{
    QList<bool> named(live->conditionalMenus.size(), false);
    qsizetype left = named.size();
    for (const Entry &entry : entries(appId)) {
        if (left == 0)
            break;
        const QString recordFile = publishedFileFor(entry.fileName);
        if (!QFileInfo::exists(recordFile))
            continue;
        const ReadResult record = MenuFile::readFile(recordFile);
        if (!record.ok)
            continue;
        for (qsizetype i = 0; i < live->conditionalMenus.size(); ++i) {
            if (named.at(i))
                continue;
            Menu &menu = live->conditionalMenus[i];
            for (const Menu &published : record.data.conditionalMenus) {
                if (published.sameContent(menu)) {
                    menu.name = published.name;
                    named[i] = true;
                    --left;
                    break;
                }
            }
        }
    }
    for (qsizetype i = 0; i < named.size(); ++i) {
        if (!named.at(i))
            live->conditionalMenus[i].name.clear();
    }
}

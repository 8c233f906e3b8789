#include "publishhistory.h"

#include <menufile.h>
#include <menujsonwriter.h>
#include <ordermigration.h>

#include "account.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <optional>

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

/// Names each conditional menu of `data` from the newest of `records` (newest first) holding a
/// menu of equal content; a menu no record holds gets no name.
void nameFrom(const QList<std::optional<DocumentData>> &records, DocumentData *data)
{
    for (Menu &menu : data->conditionalMenus) {
        menu.name.clear();
        bool found = false;
        for (const std::optional<DocumentData> &record : records) {
            if (!record)
                continue;
            for (const Menu &published : record->conditionalMenus) {
                if (published.sameContent(menu)) {
                    menu.name = published.name;
                    found = true;
                    break;
                }
            }
            if (found)
                break;
        }
    }
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

QList<PublishHistory::Version> PublishHistory::timeline(const QString &appId) const
{
    const QList<Entry> saved = entries(appId);
    QList<std::optional<DocumentData>> records;
    for (const Entry &entry : saved) {
        const QString recordFile = publishedFileFor(entry.fileName);
        const ReadResult record =
            QFileInfo::exists(recordFile) ? MenuFile::readFile(recordFile) : ReadResult();
        records.append(record.ok ? std::optional<DocumentData>(record.data) : std::nullopt);
    }
    QList<Version> result;
    for (qsizetype i = 0; i < saved.size(); ++i) {
        Version version;
        version.entry = saved.at(i);
        const ReadResult snapshot = MenuFile::readFile(version.entry.fileName);
        version.ok = snapshot.ok;
        version.error = snapshot.error.message;
        if (snapshot.ok) {
            version.before = snapshot.data;
            nameFrom(records, &version.before);
        }
        if (i > 0 && result.at(i - 1).ok) {
            version.hasAfter = true;
            version.after = result.at(i - 1).before;
        } else if (i == 0 && records.value(0)) {
            version.hasAfter = true;
            version.after = *records.at(0);
            nameFrom(records, &version.after);
        }
        result.append(version);
    }
    return result;
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
    QList<std::optional<DocumentData>> records;
    for (const Entry &entry : entries(appId)) {
        const QString recordFile = publishedFileFor(entry.fileName);
        if (!QFileInfo::exists(recordFile))
            continue;
        const ReadResult record = MenuFile::readFile(recordFile);
        if (record.ok)
            records.append(record.data);
    }
    nameFrom(records, live);
}

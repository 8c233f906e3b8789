#include "ordermigration.h"

#include "menufile.h"
#include "menujsonwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>

namespace {

const QString kVersionName = QStringLiteral("order-version");

/// True when `versionFile` records the current order (or a later one).
bool isCurrent(const QString &versionFile)
{
    QFile file(versionFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool ok = false;
    const int version = file.readAll().trimmed().toInt(&ok);
    return ok && version >= OrderMigration::kVersion;
}

bool markCurrent(const QString &versionFile)
{
    return MenuFile::writeFile(versionFile, QByteArray::number(OrderMigration::kVersion) + '\n',
                               nullptr);
}

/// Runs `convert` under a lock beside `versionFile` unless the mark is already there.
bool upgradeOnce(const QString &versionFile, const std::function<void()> &convert)
{
    if (isCurrent(versionFile))
        return true;
    QLockFile lock(versionFile + QStringLiteral(".lock"));
    if (!lock.tryLock(10000))
        return false;
    // Another editor may have converted while this one waited for the lock.
    if (isCurrent(versionFile))
        return true;
    convert();
    return markCurrent(versionFile);
}

} // namespace

namespace OrderMigration {

void reverse(DocumentData *data)
{
    std::reverse(data->conditionalMenus.begin(), data->conditionalMenus.end());
}

bool reverseDocumentFile(const QString &fileName)
{
    ReadResult read = MenuFile::readFile(fileName);
    if (!read.ok)
        return false;
    if (read.data.conditionalMenus.size() < 2)
        return true; // nothing to reverse: the file stays byte for byte
    reverse(&read.data);
    return MenuFile::writeFile(fileName, MenuJsonWriter::document(read.data), nullptr);
}

QString folderVersionFile(const QString &folder)
{
    return QDir(folder).filePath(kVersionName);
}

QString fileVersionFile(const QString &fileName)
{
    return fileName + QLatin1Char('.') + kVersionName;
}

bool upgradeFolder(const QString &folder, const Converter &convert)
{
    if (!QDir().mkpath(folder))
        return false;
    return upgradeOnce(folderVersionFile(folder), [&] {
        QDirIterator files(folder, {QStringLiteral("*.json")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            convert(files.next()); // an unreadable file stays as it was
    });
}

bool upgradeFile(const QString &fileName, const Converter &convert)
{
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath()))
        return false;
    return upgradeOnce(fileVersionFile(fileName), [&] {
        if (QFileInfo::exists(fileName))
            convert(fileName);
    });
}

} // namespace OrderMigration

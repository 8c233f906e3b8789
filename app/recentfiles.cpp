#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

QStringList RecentFiles::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString &fileName)
{
    const QString path = QFileInfo(fileName).absoluteFilePath();
    QStringList files = list();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxFiles)
        files.removeLast();
    QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString &fileName)
{
    QStringList files = list();
    files.removeAll(fileName);
    QSettings().setValue(kKey, files);
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
}

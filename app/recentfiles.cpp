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
    const QStringList before = list();
    QStringList files = before;
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxFiles)
        files.removeLast();
    // Opening the newest file again changes nothing: no write to disk on the way to the window.
    if (files != before)
        QSettings().setValue(kKey, files);
}

void RecentFiles::remove(const QString &fileName)
{
    QStringList files = list();
    if (files.removeAll(fileName) > 0)
        QSettings().setValue(kKey, files);
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
}

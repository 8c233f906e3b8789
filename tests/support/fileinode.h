#pragma once

#include <QFile>
#include <QString>

#include <sys/stat.h>

/// The inode of `fileName`, 0 when it does not exist. A file replaced as a whole (written to a
/// new file that is renamed over it, as QSettings and QSaveFile do) gets a new one.
inline ino_t fileInode(const QString &fileName)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(fileName).constData(), &status) == 0 ? status.st_ino : ino_t(0);
}

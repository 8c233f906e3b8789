#pragma once

#include <QStringList>

/// The most recently opened and saved files, kept in the settings.
class RecentFiles
{
public:
    static constexpr int kMaxFiles = 8;

    static QStringList list();
    static void add(const QString &fileName);
    static void remove(const QString &fileName);
    static void clear();
};

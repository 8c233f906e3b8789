#pragma once

#include <QDir>
#include <QStandardPaths>
#include <QString>

/// Where the built-in Sandbox account keeps its state: the application's data folder.
namespace SandboxPaths {

inline QString stateFile()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sandbox/state.json"));
}

} // namespace SandboxPaths

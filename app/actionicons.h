#pragma once

#include <QIcon>

/**
 * The icons of the editor's actions: the desktop theme's (freedesktop names) where the desktop
 * has an icon theme with that icon, else the editor's own, drawn as lines (LineIconEngine).
 */
class ActionIcons
{
public:
    /// The icon for the theme name `themeName` (empty: none in the freedesktop set), else the
    /// editor's own icon `bundled` (LineIconEngine::shape).
    static QIcon icon(const QString &themeName, const QString &bundled);
    /// Gives each action of the editor's menus that has a picture its icon; actions are found
    /// by object name under `window`, those missing are skipped.
    static void apply(QObject *window);
};

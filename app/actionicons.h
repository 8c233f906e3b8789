#pragma once

#include <QIcon>
#include <QStyle>

class QAction;

/**
 * The icons of the editor's actions: the desktop theme's (freedesktop names) where it has one,
 * else the one bundled under :/icons, else, where the SVG plugin is missing, the style's own.
 */
class ActionIcons
{
public:
    /// The icon for the theme name `themeName` (empty: none in the freedesktop set), bundled as
    /// `:/icons/<bundled>.svg`, with `fallback` from the style.
    static QIcon icon(const QString &themeName, const QString &bundled,
                      QStyle::StandardPixmap fallback);
    /// Gives each action of the editor's menus that has a picture its icon; actions are found
    /// by object name under `window`, those missing are skipped.
    static void apply(QObject *window);
};

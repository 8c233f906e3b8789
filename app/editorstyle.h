#pragma once

#include <QHash>
#include <QIcon>
#include <QProxyStyle>

/**
 * The desktop's style (Fusion without a desktop), with the editor's own line icons for the
 * chevron a menu bar or tool bar shows when its items do not fit.
 *
 * Qt's styles read that chevron from PNG files, and Qt reads a PNG only after asking every
 * image plugin whether it reads PNG too: the menu bar and the tool bar made at start would
 * load the GIF, ICO, JPEG and SVG plugins (and the SVG and JPEG libraries) that the editor
 * never uses for them.
 *
 * Fusion builds the icons of a panel's title bar (float, close) from XPM images at every call,
 * and each panel asks for them again whenever its buttons change: drawn by Fusion, each is built
 * once and kept.
 */
class EditorStyle : public QProxyStyle
{
    Q_OBJECT

public:
    /// The style the application would use otherwise (the -style option, QT_STYLE_OVERRIDE,
    /// the desktop's choice), with the editor's chevrons.
    EditorStyle();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    /// The name of the style drawn ("fusion"...): a proxy's own name is empty.
    static QString drawnName(const QStyle *style);

private:
    /// Fusion's title bar icons, by kind, once built.
    mutable QHash<int, QIcon> m_titleBarIcons;
};

#include "editorstyle.h"

#include "lineiconengine.h"

#include <QGuiApplication>
#include <QWidget>

EditorStyle::EditorStyle() = default;

QIcon EditorStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                const QWidget *widget) const
{
    const bool rightToLeft = (widget ? widget->layoutDirection()
                                     : QGuiApplication::layoutDirection()) == Qt::RightToLeft;
    switch (standardIcon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(new LineIconEngine(LineIconEngine::shape(
            rightToLeft ? QStringLiteral("more-left") : QStringLiteral("more-right"))));
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(new LineIconEngine(LineIconEngine::shape(QStringLiteral("more-down"))));
    case SP_TitleBarNormalButton:
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        // Fusion's own images, the same whatever the widget and option: built once.
        if (drawnName(this) == QLatin1String("fusion")) {
            auto cached = m_titleBarIcons.constFind(standardIcon);
            if (cached == m_titleBarIcons.cend())
                cached = m_titleBarIcons.insert(
                    standardIcon, QProxyStyle::standardIcon(standardIcon, option, widget));
            return *cached;
        }
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    default:
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    }
}

QString EditorStyle::drawnName(const QStyle *style)
{
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style)) {
        if (!proxy->baseStyle() || proxy->baseStyle() == style)
            break;
        style = proxy->baseStyle();
    }
    return style ? style->name() : QString();
}

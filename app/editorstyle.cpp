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

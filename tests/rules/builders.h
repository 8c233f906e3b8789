#pragma once

#include <documentdata.h>
#include <issue.h>
#include <shape.h>

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

#include <optional>

Q_DECLARE_METATYPE(DocumentData)
Q_DECLARE_METATYPE(MatchRule)
Q_DECLARE_METATYPE(Shape)

/// Small builders for menu documents, so each test row shows only what it is about.
namespace Build {

/// A button of `type` with no fields besides its name.
inline Button typed(const QString &name, const QString &type)
{
    Button button;
    button.name = name;
    button.type = type;
    return button;
}

inline Button click(const QString &name, const QString &key = QStringLiteral("KEY"))
{
    Button button = typed(name, QStringLiteral("click"));
    button.key = key;
    return button;
}

inline Button view(const QString &name, const QString &url)
{
    Button button = typed(name, QStringLiteral("view"));
    button.url = url;
    return button;
}

inline Button miniProgram(const QString &name, const QString &url, const QString &appId,
                          const QString &pagePath)
{
    Button button = typed(name, QStringLiteral("miniprogram"));
    button.url = url;
    button.appId = appId;
    button.pagePath = pagePath;
    return button;
}

/// `button` with one more field set.
inline Button with(Button button, ButtonField field, const QString &value)
{
    button.setField(field, value);
    return button;
}

/// A top-level button that opens a sub-menu.
inline Button subMenu(const QString &name, const QList<Button> &subButtons)
{
    Button button;
    button.name = name;
    button.subButtons = subButtons;
    return button;
}

/// `count` valid click buttons named "A1", "A2", ...
inline QList<Button> clicks(int count)
{
    QList<Button> buttons;
    for (int i = 1; i <= count; ++i)
        buttons.append(click(QStringLiteral("A%1").arg(i), QStringLiteral("K%1").arg(i)));
    return buttons;
}

inline MatchRule rule(const QString &tagId, const QString &platform = QString(),
                      const QJsonObject &privacy = QJsonObject())
{
    MatchRule rule;
    rule.tagId = tagId;
    rule.clientPlatformType = platform;
    rule.privacy = privacy;
    return rule;
}

inline Menu menu(const QList<Button> &buttons, const MatchRule &matchRule = MatchRule())
{
    Menu menu;
    menu.buttons = buttons;
    menu.matchRule = matchRule;
    return menu;
}

/// A conditional menu with one valid click button.
inline Menu conditional(const MatchRule &matchRule)
{
    return menu({click(QStringLiteral("Hi"))}, matchRule);
}

/// A document with a default menu of `buttons` and the given conditional menus.
inline DocumentData document(const QList<Button> &buttons, const QList<Menu> &conditionals = {})
{
    DocumentData data;
    data.hasDefaultMenu = true;
    data.defaultMenu = menu(buttons);
    data.conditionalMenus = conditionals;
    return data;
}

/// A document with a valid default menu and the given conditional menus.
inline DocumentData withConditionals(const QList<Menu> &conditionals)
{
    return document({click(QStringLiteral("Home"))}, conditionals);
}

/// A document with conditional menus and no default menu.
inline DocumentData withoutDefault(const QList<Menu> &conditionals)
{
    DocumentData data;
    data.hasDefaultMenu = false;
    data.conditionalMenus = conditionals;
    return data;
}

} // namespace Build

/// One issue as a single comparable line: "error 40016 menu.count @ menu.button[3]".
inline QString issueKey(const Issue &issue)
{
    return QStringLiteral("%1 %2 %3 @ %4")
        .arg(issue.isError() ? QStringLiteral("error") : QStringLiteral("warning"),
             issue.errcode ? QString::number(*issue.errcode) : QStringLiteral("null"), issue.rule,
             issue.path);
}

inline QString issueKey(const QString &severity, std::optional<int> errcode, const QString &rule,
                        const QString &path)
{
    return QStringLiteral("%1 %2 %3 @ %4")
        .arg(severity, errcode ? QString::number(*errcode) : QStringLiteral("null"), rule, path);
}

/// Every issue with its message, one a line, for failure messages.
inline QString describe(const IssueList &issues)
{
    if (issues.isEmpty())
        return QStringLiteral("(no issues)");
    QStringList lines;
    for (const Issue &issue : issues)
        lines.append(issueKey(issue) + QStringLiteral(": ") + issue.message);
    return lines.join(QLatin1Char('\n'));
}

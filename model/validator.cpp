#include "validator.h"

#include "domainchecks.h"
#include "errcodes.h"
#include "issuecollector.h"
#include "menuchecks.h"
#include "shadowingchecks.h"

IssueList Validator::readIssues(const ReadResult &read)
{
    IssueList issues;
    for (const QString &path : read.listSubButtonPaths) {
        issues.append({Issue::Severity::Error, std::nullopt, QStringLiteral("sub_button.list"),
                       path,
                       tr("The sub-menu is written as {\"list\": [...]}, a form only "
                          "get_current_selfmenu_info answers use; WeChat refuses a request "
                          "holding it. Write \"sub_button\" as an array of buttons (WeMenu "
                          "saves it that way)."),
                       IssueFix()});
    }
    return issues;
}

bool Validator::awaitsFirstButton(const DocumentData &data)
{
    return data.hasDefaultMenu && data.defaultMenu.buttons.isEmpty() &&
           data.conditionalMenus.isEmpty();
}

QString Validator::noButtonsYet()
{
    return tr("The menu has no buttons yet, and WeChat accepts no menu without one. Add at least "
              "one button first: click + on the phone.");
}

QString Validator::menuPath(int menuIndex)
{
    return menuIndex < 0 ? QStringLiteral("menu")
                         : QStringLiteral("conditionalmenu[%1]").arg(menuIndex);
}

QString Validator::buttonPath(int menuIndex, int parentRow, int row)
{
    if (parentRow < 0)
        return QStringLiteral("%1.button[%2]").arg(menuPath(menuIndex)).arg(row);
    return QStringLiteral("%1.button[%2].sub_button[%3]")
        .arg(menuPath(menuIndex))
        .arg(parentRow)
        .arg(row);
}

IssueList Validator::validate(const DocumentData &data, Shape shape)
{
    IssueList issues = menuIssues(data, -1, shape);
    QList<QList<DomainChecks::Link>> links;
    links.reserve(data.conditionalMenus.size());
    DomainChecks::HostCache hosts;
    for (int i = 0; i < data.conditionalMenus.size(); ++i) {
        issues += menuIssues(data, i, shape);
        links.append(DomainChecks::links(data.conditionalMenus.at(i), i, hosts));
    }
    issues += crossMenuIssues(data, links);
    return issues;
}

IssueList Validator::menuIssues(const DocumentData &data, int index, Shape shape)
{
    IssueCollector issues;
    if (index >= 0) {
        MenuChecks(issues, shape).check(data.conditionalMenus.at(index), index);
    } else if (data.hasDefaultMenu) {
        MenuChecks(issues, shape).check(data.defaultMenu, -1);
    } else if (!data.conditionalMenus.isEmpty() && shape != Shape::Conditional) {
        issues.error(
            QStringLiteral("menu.default-required"), ErrCode::NoDefaultMenu, menuPath(-1),
            tr("Conditional menus need a default menu: WeChat adds them only to an account "
               "that has one."));
    }
    return issues.issues();
}

IssueList Validator::crossMenuIssues(const DocumentData &data,
                                     const QList<QList<DomainChecks::Link>> &links)
{
    IssueCollector issues;
    DomainChecks(issues).check(links);
    ShadowingChecks(issues).check(data);
    return issues.issues();
}

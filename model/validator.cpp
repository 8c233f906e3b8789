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
    IssueCollector issues;
    MenuChecks menus(issues, shape);
    if (data.hasDefaultMenu)
        menus.check(data.defaultMenu, menuPath(-1), false);
    else if (!data.conditionalMenus.isEmpty() && shape != Shape::Conditional)
        issues.error(
            QStringLiteral("menu.default-required"), ErrCode::NoDefaultMenu, menuPath(-1),
            tr("Conditional menus need a default menu: WeChat adds them only to an account "
               "that has one."));
    for (int i = 0; i < data.conditionalMenus.size(); ++i)
        menus.check(data.conditionalMenus.at(i), menuPath(i), true);
    DomainChecks(issues).check(data);
    ShadowingChecks(issues).check(data);
    return issues.issues();
}

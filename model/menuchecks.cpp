#include "menuchecks.h"

#include "buttonchecks.h"
#include "errcodes.h"
#include "matchrulechecks.h"
#include "menulimits.h"
#include "ruletext.h"
#include "validator.h"

using namespace MenuLimits;

void MenuChecks::check(const Menu &menu, int index)
{
    const bool conditional = index >= 0;
    const auto path = [index] { return Validator::menuPath(index); };
    const auto buttons = [&] { return path() + QStringLiteral(".button"); };
    if (menu.buttons.isEmpty()) {
        m_issues.error(QStringLiteral("menu.count"), ErrCode::InvalidButtonCount, buttons(),
                       Validator::tr("A menu needs at least one top-level button."));
    }
    for (int i = 0; i < menu.buttons.size(); ++i) {
        const ButtonPath at{index, -1, i};
        if (i >= kMaxTopLevelButtons) {
            m_issues.error(
                QStringLiteral("menu.count"), ErrCode::InvalidButtonCount, ButtonChecks::pathOf(at),
                Validator::tr("A menu has at most 3 top-level buttons; this is button %1.")
                    .arg(i + 1));
        }
        ButtonChecks(m_issues).check(menu.buttons.at(i), at);
    }
    if (conditional)
        MatchRuleChecks(m_issues, m_shape).check(menu.matchRule, index);
    for (const QString &key : RuleText::misplacedKeys()) {
        if (!menu.extras.contains(key))
            continue;
        const bool ruleInDefault = !conditional && key == QLatin1String("matchrule");
        m_issues.add(
            Issue::Severity::Error, std::nullopt, QStringLiteral("key.misplaced"),
            path() + QLatin1Char('.') + key,
            ruleInDefault
                ? Validator::tr(
                      "The default menu has no match rule: WeChat refuses it with \"matchrule\". "
                      "Remove the key, or add a conditional menu for the rule.")
                : Validator::tr(
                      "\"%1\" does not belong in this menu: WeChat refuses a request that holds "
                      "it. Remove the key.")
                      .arg(key),
            IssueFix::remove(key));
    }
}

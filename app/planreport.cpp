#include "planreport.h"

#include <documentdata.h>
#include <menuchanges.h>
#include <publishstep.h>

QString PlanReport::escaped(const QString &text)
{
    static const QString special = QStringLiteral("\\`*_[]<>|#~!{}");
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (special.contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

QString PlanReport::markdown(const QString &file, const QString &account,
                             const QList<PublishStep> &plan, const DocumentData &live,
                             const DocumentData &wanted)
{
    QString text = tr("### Publishing %1 to %2\n\n").arg(escaped(file), escaped(account));
    if (plan.isEmpty()) {
        text += tr("The account already shows this document; nothing to publish.\n");
        return text;
    }
    text += tr("**Plan** (%n call(s), in this order):\n\n", nullptr, int(plan.size()));
    for (const PublishStep &step : plan)
        text += QStringLiteral("1. `%1`\n").arg(step.line());
    const QList<MenuChange> changes = MenuChanges::compare(live, wanted);
    text += tr("\n**Changes** from the live menus:\n\n");
    if (changes.isEmpty())
        text += tr("- No change to the buttons; only the order of the calls above.\n");
    for (const MenuChange &change : changes)
        text += QStringLiteral("- %1\n").arg(escaped(MenuChanges::describe(change, live, wanted)));
    return text;
}

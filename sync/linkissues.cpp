#include "linkissues.h"

#include <validator.h>

namespace {

bool isWebLink(const QString &url)
{
    const QString trimmed = url.trimmed();
    return trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool asksLink(const Button &button)
{
    return !button.hasSubButtons() &&
           (button.type == QLatin1String("view") || button.type == QLatin1String("miniprogram"));
}

void addTargets(const QList<Button> &buttons, int menu, int parent, QList<LinkTarget> *out)
{
    for (int row = 0; row < buttons.size(); ++row) {
        const Button &button = buttons.at(row);
        if (parent < 0 && button.hasSubButtons())
            addTargets(button.subButtons, menu, row, out);
        if (asksLink(button) && isWebLink(button.url))
            out->append({Validator::buttonPath(menu, parent, row) + QStringLiteral(".url"),
                         button.url.trimmed()});
    }
}

} // namespace

QList<LinkTarget> LinkIssues::targets(const DocumentData &data)
{
    QList<LinkTarget> out;
    if (data.hasDefaultMenu)
        addTargets(data.defaultMenu.buttons, -1, -1, &out);
    for (int i = 0; i < data.conditionalMenus.size(); ++i)
        addTargets(data.conditionalMenus.at(i).buttons, i, -1, &out);
    return out;
}

QString LinkIssues::message(const LinkResult &result)
{
    switch (result.outcome) {
    case LinkResult::Outcome::Ok:
        return {};
    case LinkResult::Outcome::Status: {
        const QString status = result.reason.isEmpty()
                                   ? QString::number(result.status)
                                   : QStringLiteral("%1 %2").arg(result.status).arg(result.reason);
        return tr("The page answers %1: followers who tap this button see an error page.")
            .arg(status);
    }
    case LinkResult::Outcome::Unreachable:
        return tr("The page does not answer (%1): followers who tap this button see nothing.")
            .arg(result.detail);
    case LinkResult::Outcome::Tls:
        return tr("The page's secure connection cannot be trusted (%1): phones warn followers "
                  "or refuse the page.")
            .arg(result.detail);
    }
    return {};
}

std::optional<Issue> LinkIssues::issue(const QString &path, const LinkResult &result)
{
    QString rule;
    switch (result.outcome) {
    case LinkResult::Outcome::Ok:
        return std::nullopt;
    case LinkResult::Outcome::Status:
        rule = QStringLiteral("link.status");
        break;
    case LinkResult::Outcome::Unreachable:
        rule = QStringLiteral("link.unreachable");
        break;
    case LinkResult::Outcome::Tls:
        rule = QStringLiteral("link.tls");
        break;
    }
    return Issue{Issue::Severity::Warning, std::nullopt, rule, path, message(result), IssueFix()};
}

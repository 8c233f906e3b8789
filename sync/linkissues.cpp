#include "linkissues.h"

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

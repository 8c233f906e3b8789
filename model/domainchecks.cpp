#include "domainchecks.h"

#include "buttonchecks.h"
#include "errcodes.h"
#include "menulimits.h"
#include "registrabledomain.h"
#include "validator.h"

QList<DomainChecks::Link> DomainChecks::links(const Menu &menu, int index, HostCache &hosts)
{
    QList<Link> result;
    const auto visit = [&](const Button &button, const ButtonPath &at) {
        if (button.type != QLatin1String("view") && button.type != QLatin1String("miniprogram"))
            return;
        const QByteArray host = linkHost(button.url);
        auto it = hosts.constFind(host);
        if (it == hosts.constEnd())
            it = hosts.insert(host, registrableDomainOfHost(host));
        if (!it.value().isEmpty())
            result.append({it.value(), at});
    };
    for (int i = 0; i < menu.buttons.size(); ++i) {
        const Button &button = menu.buttons.at(i);
        if (!button.hasSubButtons())
            visit(button, {index, -1, i});
        for (int j = 0; j < button.subButtons.size(); ++j)
            visit(button.subButtons.at(j), {index, i, j});
    }
    return result;
}

void DomainChecks::check(const QList<QList<Link>> &menuLinks)
{
    QStringList domains;
    for (const QList<Link> &links : menuLinks) {
        for (const Link &link : links) {
            if (domains.contains(link.domain))
                continue;
            domains.append(link.domain);
            if (domains.size() > MenuLimits::kMaxConditionalDomains) {
                m_issues.error(
                    QStringLiteral("domains.limit"), ErrCode::TooManyDomains,
                    ButtonChecks::pathOf(link.at) + QStringLiteral(".url"),
                    Validator::tr(
                        "All conditional menus together may link to at most 3 domains; this "
                        "link adds %1 to %2.")
                        .arg(link.domain, domains.mid(0, 3).join(QStringLiteral(", "))));
            }
        }
    }
}

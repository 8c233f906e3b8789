#include "domainchecks.h"

#include "errcodes.h"
#include "menulimits.h"
#include "registrabledomain.h"
#include "validator.h"

using namespace MenuLimits;

void DomainChecks::check(const DocumentData &data)
{
    QStringList domains;
    for (int m = 0; m < data.conditionalMenus.size(); ++m) {
        const Menu &menu = data.conditionalMenus.at(m);
        const auto visit = [&](const Button &button, const QString &path) {
            if (button.type != QLatin1String("view") && button.type != QLatin1String("miniprogram"))
                return;
            const QString domain = registrableDomain(button.url);
            if (domain.isEmpty() || domains.contains(domain))
                return;
            domains.append(domain);
            if (domains.size() > kMaxConditionalDomains) {
                m_issues.error(
                    QStringLiteral("domains.limit"), ErrCode::TooManyDomains,
                    path + QStringLiteral(".url"),
                    Validator::tr(
                        "All conditional menus together may link to at most 3 domains; this "
                        "link adds %1 to %2.")
                        .arg(domain, domains.mid(0, 3).join(QStringLiteral(", "))));
            }
        };
        for (int i = 0; i < menu.buttons.size(); ++i) {
            const Button &button = menu.buttons.at(i);
            const QString path = Validator::buttonPath(m, -1, i);
            if (!button.hasSubButtons())
                visit(button, path);
            for (int j = 0; j < button.subButtons.size(); ++j)
                visit(button.subButtons.at(j), Validator::buttonPath(m, i, j));
        }
    }
}

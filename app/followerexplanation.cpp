#include "followerexplanation.h"

#include <documentdata.h>
#include <matcher.h>
#include <menulistmodel.h>

QString FollowerExplanation::text(const DocumentData &data, const MenuListModel &labels,
                                  const QStringList &tags, ClientPlatform platform)
{
    QStringList skipped;
    QString matched;
    for (const Matcher::Attempt &attempt : Matcher::trace(data, tags, platform)) {
        const QString label = labels.menuLabel(attempt.menu);
        switch (attempt.verdict) {
        case Matcher::Verdict::Matched:
            matched = label;
            break;
        case Matcher::Verdict::Tag:
            skipped.append(tr("\"%1\" did not match: tag").arg(label));
            break;
        case Matcher::Verdict::Platform:
            skipped.append(tr("\"%1\" did not match: phone").arg(label));
            break;
        case Matcher::Verdict::Expired:
            skipped.append(tr("\"%1\" has expired").arg(label));
            break;
        case Matcher::Verdict::EmptyRule:
            skipped.append(tr("\"%1\" has no rule").arg(label));
            break;
        }
    }
    QString result = matched.isEmpty() ? tr("Shows the default menu: no conditional menu matches.")
                                       : tr("Matched: %1.").arg(matched);
    if (!skipped.isEmpty())
        result += QLatin1Char(' ') + tr("Tried first: %1.").arg(skipped.join(QStringLiteral("; ")));
    if (tags.size() > 1)
        result += QLatin1Char(' ') + tr("Only the last tag applied (%1) counts.").arg(tags.last());
    return result;
}

#include "matchrulechecks.h"

#include "errcodes.h"
#include "ruletext.h"
#include "validator.h"

void MatchRuleChecks::check(const MatchRule &rule, int menuIndex)
{
    const auto path = [menuIndex] {
        return Validator::menuPath(menuIndex) + QStringLiteral(".matchrule");
    };
    const auto surrogate = [&](const QString &key, const QJsonValue &value) {
        if (RuleText::hasLoneSurrogate(key) || RuleText::holdsLoneSurrogate(value)) {
            m_issues.error(
                QStringLiteral("text.surrogate"), ErrCode::InvalidCharset,
                path() + QLatin1Char('.') + key,
                Validator::tr(
                    "\"%1\" holds a broken character (half of an emoji or a rare character) "
                    "that has no UTF-8 form; WeChat rejects it.")
                    .arg(key));
        }
    };
    surrogate(QStringLiteral("tag_id"), rule.tagId);
    surrogate(QStringLiteral("client_platform_type"), rule.clientPlatformType);
    for (const QJsonObject &fields : {rule.privacy, rule.extras}) {
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            surrogate(it.key(), it.value());
    }
    const QStringList privacy = rule.privacyFieldsInUse();
    for (const QString &field : privacy) {
        const auto fieldPath = [&] { return path() + QLatin1Char('.') + field; };
        if (m_shape == Shape::MenuGet) {
            m_issues.error(
                QStringLiteral("matchrule.privacy"), ErrCode::MatchRulePrivacy, fieldPath(),
                Validator::tr(
                    "This live menu matches on \"%1\", which WeChat no longer allows: it has "
                    "expired, no follower sees it, and it cannot be published as it is. Remove "
                    "the field.")
                    .arg(field));
        } else {
            m_issues.error(
                QStringLiteral("matchrule.privacy"), ErrCode::MatchRulePrivacy, fieldPath(),
                Validator::tr(
                    "Match rules may no longer use \"%1\" (a privacy field); WeChat rejects the "
                    "menu. Match on a tag instead.")
                    .arg(field));
        }
    }
    if (rule.isEmpty()) {
        m_issues.error(
            QStringLiteral("matchrule.empty"), ErrCode::EmptyMatchRule, path(),
            Validator::tr("The match rule is empty: choose a tag, a phone platform, or both."));
    }
    for (const QString &key : {QStringLiteral("tag_id"), QStringLiteral("client_platform_type")}) {
        if (rule.extras.contains(key)) {
            m_issues.error(QStringLiteral("field.type"), std::nullopt,
                           path() + QLatin1Char('.') + key,
                           Validator::tr("\"%1\" must be text, not %2.")
                               .arg(key, RuleText::jsonTypeName(rule.extras.value(key))));
        }
    }
    const QString tag = rule.tagId.trimmed();
    bool numeric = false;
    tag.toULongLong(&numeric);
    if (!tag.isEmpty() && !numeric) {
        m_issues.error(
            QStringLiteral("matchrule.tag"), std::nullopt, path() + QStringLiteral(".tag_id"),
            Validator::tr("The tag id must be a number, as WeChat lists it; \"%1\" is not.")
                .arg(tag));
    }
    const QString platform = rule.clientPlatformType.trimmed();
    if (!platform.isEmpty() && platform != QLatin1String("1") && platform != QLatin1String("2") &&
        platform != QLatin1String("3")) {
        m_issues.error(
            QStringLiteral("matchrule.platform"), std::nullopt,
            path() + QStringLiteral(".client_platform_type"),
            Validator::tr("The platform must be 1 (iOS), 2 (Android) or 3 (others); \"%1\" is not.")
                .arg(platform));
    }
}

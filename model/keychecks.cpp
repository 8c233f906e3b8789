#include "keychecks.h"

#include "buttonchecks.h"
#include "buttontypenames.h"
#include "buttontypes.h"
#include "errcodes.h"
#include "ruletext.h"
#include "validator.h"

namespace {

QString squashed(const QString &key)
{
    QString result = key.toLower();
    result.remove(QLatin1Char('_'));
    result.remove(QLatin1Char('-'));
    return result;
}

} // namespace

QString KeyChecks::meantKey(const QString &key)
{
    static const QStringList known = [] {
        QStringList keys;
        for (const ButtonField field : kAllButtonFields)
            keys.append(buttonFieldKey(field));
        keys.append(QStringLiteral("sub_button"));
        return keys;
    }();
    if (known.contains(key))
        return {};
    const QString word = squashed(key);
    for (const QString &candidate : known) {
        const QString target = squashed(candidate);
        if (word == target || word == target + QLatin1Char('s'))
            return candidate;
    }
    return {};
}

bool KeyChecks::holdsMisspelling(const Button &button, const QString &key)
{
    for (auto it = button.extras.constBegin(); it != button.extras.constEnd(); ++it) {
        if (meantKey(it.key()) == key)
            return true;
    }
    return false;
}

namespace {

/// The errcode WeChat answers when a button lacks `field`, where known.
std::optional<int> missingFieldErrcode(ButtonField field, bool topLevel)
{
    switch (field) {
    case ButtonField::Key:
        return topLevel ? ErrCode::InvalidButtonKeySize : ErrCode::InvalidSubButtonKeySize;
    case ButtonField::Url:
        return topLevel ? ErrCode::InvalidButtonUrlSize : ErrCode::InvalidSubButtonUrlSize;
    case ButtonField::MediaId:
        return ErrCode::InvalidMediaId;
    case ButtonField::ArticleId:
        return ErrCode::InvalidArticleId;
    default:
        return std::nullopt;
    }
}

} // namespace

void KeyChecks::check(const Button &button, const ButtonPath &at)
{
    const bool topLevel = at.isTopLevel();
    for (auto it = button.extras.constBegin(); it != button.extras.constEnd(); ++it) {
        const QString &key = it.key();
        const auto keyPath = [&] { return ButtonChecks::pathOf(at) + QLatin1Char('.') + key; };
        if (RuleText::hasLoneSurrogate(key) || RuleText::holdsLoneSurrogate(it.value())) {
            m_issues.error(
                QStringLiteral("text.surrogate"), ErrCode::InvalidCharset, keyPath(),
                Validator::tr(
                    "\"%1\" holds a broken character (half of an emoji or a rare character) "
                    "that has no UTF-8 form; WeChat rejects it.")
                    .arg(key));
        }
        if (RuleText::misplacedKeys().contains(key)) {
            m_issues.add(
                Issue::Severity::Error, std::nullopt, QStringLiteral("key.misplaced"), keyPath(),
                Validator::tr(
                    "\"%1\" does not belong in a button: WeChat refuses a request that holds it. "
                    "Remove the key.")
                    .arg(key),
                IssueFix::remove(key));
            continue;
        }
        const QString meant = meantKey(key);
        if (meant.isEmpty())
            continue;
        if (meant == QLatin1String("sub_button")) {
            const bool renamable = topLevel && !button.hasSubButtons() &&
                                   !button.extras.contains(meant) && it.value().isArray();
            m_issues.add(
                Issue::Severity::Warning, std::nullopt, QStringLiteral("key.misspelled"), keyPath(),
                Validator::tr(
                    "WeChat does not read \"%1\": sub-buttons go in \"sub_button\". Rename the "
                    "key.")
                    .arg(key),
                renamable ? IssueFix::rename(key, meant) : IssueFix());
            continue;
        }
        ButtonField field = ButtonField::Name;
        for (const ButtonField f : kAllButtonFields) {
            if (buttonFieldKey(f) == meant)
                field = f;
        }
        const bool vacant =
            button.field(field).trimmed().isEmpty() && !button.extras.contains(meant);
        const bool required =
            !button.hasSubButtons() && ButtonTypes::requiredFields(button.type).contains(field);
        if (!vacant) {
            m_issues.add(
                Issue::Severity::Warning, std::nullopt, QStringLiteral("key.misspelled"), keyPath(),
                Validator::tr(
                    "WeChat does not read \"%1\", and this button already has its %2. Remove "
                    "the key.")
                    .arg(key, ButtonTypeNames::fieldNameWithKey(field)),
                IssueFix::remove(key));
        } else if (required) {
            m_issues.add(
                Issue::Severity::Error, missingFieldErrcode(field, topLevel),
                QStringLiteral("key.misspelled"), keyPath(),
                Validator::tr(
                    "WeChat reads the %1 only from \"%2\", so it finds none in \"%3\". Rename "
                    "the key.")
                    .arg(ButtonTypeNames::fieldName(field), meant, key),
                IssueFix::rename(key, meant));
        } else {
            m_issues.add(
                Issue::Severity::Warning, std::nullopt, QStringLiteral("key.misspelled"), keyPath(),
                Validator::tr("WeChat does not read \"%1\": the %2 goes in \"%3\". Rename the key.")
                    .arg(key, ButtonTypeNames::fieldName(field), meant),
                IssueFix::rename(key, meant));
        }
    }
}

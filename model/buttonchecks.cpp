#include "buttonchecks.h"

#include "buttontypenames.h"
#include "buttontypes.h"
#include "displaywidth.h"
#include "errcodes.h"
#include "keychecks.h"
#include "menulimits.h"
#include "ruletext.h"
#include "validator.h"

#include <QRegularExpression>

using namespace MenuLimits;

QString ButtonChecks::pathOf(const ButtonPath &at)
{
    return Validator::buttonPath(at.menu, at.parent, at.row);
}

void ButtonChecks::check(const Button &button, const ButtonPath &at)
{
    const bool topLevel = at.isTopLevel();
    checkName(button, at);
    checkTextFields(button, at);
    KeyChecks(m_issues).check(button, at);

    const auto subPath = [&] { return pathOf(at) + QStringLiteral(".sub_button"); };
    if (button.extras.contains(QStringLiteral("sub_button"))) {
        m_issues.error(
            QStringLiteral("field.type"), std::nullopt, subPath(),
            Validator::tr("\"sub_button\" must be an array of buttons, not %1.")
                .arg(RuleText::jsonTypeName(button.extras.value(QStringLiteral("sub_button")))));
    }
    if (!button.hasSubButtons()) {
        checkAction(button, at);
        return;
    }
    if (!topLevel) {
        m_issues.error(
            QStringLiteral("sub.nested"), ErrCode::InvalidSubButtonType, subPath(),
            Validator::tr(
                "A sub-button cannot have sub-buttons of its own: menus have two levels."));
        return;
    }
    // Points to the button itself: the form shows no action fields for a button with a
    // sub-menu, so the fix is offered there.
    if (!button.type.isEmpty()) {
        m_issues.add(
            Issue::Severity::Warning, std::nullopt, QStringLiteral("button.action-ignored"),
            pathOf(at),
            Validator::tr(
                "This button opens a sub-menu, so its own action \"%1\" and its fields are "
                "not used.")
                .arg(ButtonTypeNames::labelWithApiName(button.type)),
            IssueFix::removeAction());
    } else if (button.hasAction()) {
        m_issues.add(Issue::Severity::Warning, std::nullopt,
                     QStringLiteral("button.action-ignored"), pathOf(at),
                     Validator::tr("This button opens a sub-menu, so its own action fields are "
                                   "not used."),
                     IssueFix::removeAction());
    }
    for (int j = 0; j < button.subButtons.size(); ++j) {
        const ButtonPath child{at.menu, at.row, j};
        const auto childPath = [&] { return pathOf(child); };
        if (j >= kMaxSubButtons) {
            m_issues.error(
                QStringLiteral("sub.count"), ErrCode::InvalidSubButtonCount, childPath(),
                Validator::tr("A sub-menu has at most 5 buttons; this is button %1.").arg(j + 1));
        }
        check(button.subButtons.at(j), child);
    }
}

void ButtonChecks::checkName(const Button &button, const ButtonPath &at)
{
    const bool topLevel = at.isTopLevel();
    const auto namePath = [&] { return pathOf(at) + QStringLiteral(".name"); };
    const int errcode =
        topLevel ? ErrCode::InvalidButtonNameSize : ErrCode::InvalidSubButtonNameSize;
    if (button.extras.contains(QStringLiteral("name")))
        return; // reported as field.type
    if (button.name.trimmed().isEmpty()) {
        m_issues.error(QStringLiteral("name.required"), errcode, namePath(),
                       Validator::tr("Every button needs a name."));
        return;
    }
    const int bytes = RuleText::utf8Size(button.name);
    const int maxBytes = topLevel ? kMaxTopLevelNameBytes : kMaxSubNameBytes;
    if (bytes > maxBytes) {
        m_issues.error(
            QStringLiteral("name.bytes"), errcode, namePath(),
            topLevel
                ? Validator::tr("The name is %1 bytes; a top-level name may have at most 16 bytes "
                                "(a Chinese character takes 3).")
                      .arg(bytes)
                : Validator::tr("The name is %1 bytes; a sub-button name may have at most 60 bytes "
                                "(a Chinese character takes 3).")
                      .arg(bytes));
    }
    const int units = topLevel ? DisplayWidth::kTopLevelUnits : DisplayWidth::kSubMenuUnits;
    // A cluster is at least one UTF-16 unit wide in the text and at most 2 units on the phone:
    // a name of at most units / 2 characters fits without measuring.
    if (button.name.size() * 2 > units && DisplayWidth::of(button.name) > units) {
        m_issues.warning(QStringLiteral("name.display-cut"), namePath(),
                         Validator::tr("The phone cuts this name and shows \"%1\".")
                             .arg(DisplayWidth::cut(button.name, units)));
    }
}

void ButtonChecks::checkAction(const Button &button, const ButtonPath &at)
{
    const bool topLevel = at.isTopLevel();
    const auto typePath = [&] { return pathOf(at) + QStringLiteral(".type"); };
    const int typeCode = topLevel ? ErrCode::InvalidButtonType : ErrCode::InvalidSubButtonType;
    if (button.type.isEmpty()) {
        if (!button.extras.contains(QStringLiteral("type"))) {
            m_issues.error(
                QStringLiteral("type.required"), typeCode, typePath(),
                topLevel ? Validator::tr("Choose what the button does, or give it sub-buttons.")
                         : Validator::tr("Choose what the button does."));
        }
        return;
    }
    if (ButtonTypes::isConsoleOnly(button.type)) {
        m_issues.error(
            QStringLiteral("type.console-only"), typeCode, typePath(),
            Validator::tr(
                "\"%1\" buttons are made in the WeChat web console; the API cannot publish "
                "them. Choose another type.")
                .arg(button.type));
        return;
    }
    if (!ButtonTypes::isApiType(button.type)) {
        m_issues.error(QStringLiteral("type.unknown"), typeCode, typePath(),
                       Validator::tr("\"%1\" is not a button type WeChat knows.").arg(button.type));
        return;
    }
    if (button.type == QLatin1String("view_limited")) {
        m_issues.warning(
            QStringLiteral("type.retiring"), typePath(),
            Validator::tr(
                "WeChat is retiring \"%1\" buttons: use \"%2\" with an article ID instead.")
                .arg(ButtonTypeNames::labelWithApiName(button.type),
                     ButtonTypeNames::labelWithApiName(QStringLiteral("article_view_limited"))));
    }

    const QList<ButtonField> required = ButtonTypes::requiredFields(button.type);
    for (const ButtonField field : required) {
        // A misspelled key ("appId") is reported as such, naming the key WeChat expects.
        if (!button.field(field).trimmed().isEmpty() ||
            button.extras.contains(buttonFieldKey(field)) ||
            KeyChecks::holdsMisspelling(button, buttonFieldKey(field)))
            continue;
        const auto fieldPath = [&] {
            return pathOf(at) + QLatin1Char('.') + buttonFieldKey(field);
        };
        switch (field) {
        case ButtonField::Key:
            m_issues.error(QStringLiteral("key.required"),
                           topLevel ? ErrCode::InvalidButtonKeySize
                                    : ErrCode::InvalidSubButtonKeySize,
                           fieldPath(),
                           Validator::tr("A \"%1\" button needs an event key (key).")
                               .arg(ButtonTypeNames::labelWithApiName(button.type)));
            break;
        case ButtonField::Url:
            m_issues.error(QStringLiteral("url.required"),
                           topLevel ? ErrCode::InvalidButtonUrlSize
                                    : ErrCode::InvalidSubButtonUrlSize,
                           fieldPath(),
                           Validator::tr("A \"%1\" button needs a web page link (url).")
                               .arg(ButtonTypeNames::labelWithApiName(button.type)));
            break;
        case ButtonField::AppId:
            m_issues.error(QStringLiteral("appid.required"), std::nullopt, fieldPath(),
                           Validator::tr("A Mini Program button needs the Mini Program's AppID."));
            break;
        case ButtonField::PagePath:
            m_issues.error(QStringLiteral("pagepath.required"), std::nullopt, fieldPath(),
                           Validator::tr("A Mini Program button needs the page path to open."));
            break;
        case ButtonField::MediaId:
            m_issues.error(QStringLiteral("media_id.required"), ErrCode::InvalidMediaId,
                           fieldPath(),
                           Validator::tr("A \"%1\" button needs a media ID (media_id).")
                               .arg(ButtonTypeNames::labelWithApiName(button.type)));
            break;
        case ButtonField::ArticleId:
            m_issues.error(QStringLiteral("article_id.required"), ErrCode::InvalidArticleId,
                           fieldPath(),
                           Validator::tr("A \"%1\" button needs an article ID (article_id).")
                               .arg(ButtonTypeNames::labelWithApiName(button.type)));
            break;
        default:
            break;
        }
    }

    const int keyBytes = RuleText::utf8Size(button.key);
    if (keyBytes > kMaxKeyBytes) {
        m_issues.error(
            QStringLiteral("key.bytes"),
            topLevel ? ErrCode::InvalidButtonKeySize : ErrCode::InvalidSubButtonKeySize,
            pathOf(at) + QStringLiteral(".key"),
            Validator::tr("The key is %1 bytes; at most 128 bytes are allowed.").arg(keyBytes));
    }
    const int urlBytes = RuleText::utf8Size(button.url);
    if (urlBytes > kMaxUrlBytes) {
        m_issues.error(
            QStringLiteral("url.bytes"),
            topLevel ? ErrCode::InvalidButtonUrlSize : ErrCode::InvalidSubButtonUrlSize,
            pathOf(at) + QStringLiteral(".url"),
            Validator::tr("The link is %1 bytes; at most 1024 bytes are allowed.").arg(urlBytes));
    }
    const QString url = button.url.trimmed();
    if (!url.isEmpty() && !url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
        !url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        m_issues.error(QStringLiteral("url.scheme"), std::nullopt,
                       pathOf(at) + QStringLiteral(".url"),
                       Validator::tr("The link must start with http:// or https://."));
    }
    if (button.type == QLatin1String("miniprogram") && button.appId != button.appId.toLower()) {
        m_issues.error(QStringLiteral("appid.lowercase"), std::nullopt,
                       pathOf(at) + QStringLiteral(".appid"),
                       Validator::tr("Write the Mini Program AppID in lowercase: \"%1\".")
                           .arg(button.appId.toLower()));
    }
    // Not in WeChat's documented rules, hence a warning: every Mini Program AppID is "wx"
    // and 16 hexadecimal characters. Case is appid.lowercase's.
    static const QRegularExpression appIdForm(QStringLiteral("^wx[0-9a-f]{16}$"));
    if (button.type == QLatin1String("miniprogram") && !button.appId.trimmed().isEmpty() &&
        !appIdForm.match(button.appId.toLower()).hasMatch()) {
        m_issues.warning(QStringLiteral("appid.form"), pathOf(at) + QStringLiteral(".appid"),
                         Validator::tr("A Mini Program AppID is \"wx\" and 16 characters 0-9 or "
                                       "a-f, e.g. wx286b93c14bbf93aa; check \"%1\" in the Mini "
                                       "Program's settings.")
                             .arg(button.appId));
    }

    const QList<ButtonField> used = ButtonTypes::usedFields(button.type);
    for (const ButtonField field : kAllButtonFields) {
        if (field == ButtonField::Name || field == ButtonField::Type || used.contains(field) ||
            button.field(field).isEmpty()) {
            continue;
        }
        m_issues.warning(QStringLiteral("field.unused"),
                         pathOf(at) + QLatin1Char('.') + buttonFieldKey(field),
                         Validator::tr("\"%1\" buttons do not use the %2; WeChat ignores it.")
                             .arg(ButtonTypeNames::labelWithApiName(button.type),
                                  ButtonTypeNames::fieldNameWithKey(field)));
    }
}

void ButtonChecks::checkTextFields(const Button &button, const ButtonPath &at)
{
    for (const ButtonField field : kAllButtonFields) {
        const QString key = buttonFieldKey(field);
        const auto fieldPath = [&] { return pathOf(at) + QLatin1Char('.') + key; };
        if (button.extras.contains(key)) {
            m_issues.error(QStringLiteral("field.type"), std::nullopt, fieldPath(),
                           Validator::tr("\"%1\" must be text, not %2.")
                               .arg(key, RuleText::jsonTypeName(button.extras.value(key))));
            continue;
        }
        const QString value = button.field(field);
        if (RuleText::hasLoneSurrogate(value)) {
            m_issues.error(
                QStringLiteral("text.surrogate"), ErrCode::InvalidCharset, fieldPath(),
                Validator::tr(
                    "The %1 holds a broken character (half of an emoji or a rare character) "
                    "that has no UTF-8 form; WeChat rejects it. Retype the text.")
                    .arg(ButtonTypeNames::fieldNameWithKey(field)));
            continue;
        }
        for (const QChar c : value) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                m_issues.error(
                    QStringLiteral("text.control"), ErrCode::InvalidCharset, fieldPath(),
                    Validator::tr("The %1 holds an invisible control character (U+%2) that WeChat "
                                  "rejects.")
                        .arg(ButtonTypeNames::fieldNameWithKey(field))
                        .arg(c.unicode(), 4, 16, QLatin1Char('0')));
                break;
            }
        }
    }
}

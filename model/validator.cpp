#include "validator.h"

#include "buttontypenames.h"
#include "buttontypes.h"
#include "displaywidth.h"
#include "errcodes.h"
#include "menulimits.h"
#include "registrabledomain.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace {

using namespace MenuLimits;

int utf8Size(const QString &text)
{
    return int(text.toUtf8().size());
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return Validator::tr("an array");
    case QJsonValue::Object:
        return Validator::tr("an object");
    case QJsonValue::Bool:
        return Validator::tr("true or false");
    case QJsonValue::Null:
        return Validator::tr("null");
    default:
        return Validator::tr("a number");
    }
}

/// Keys that belong to another level of a document, never inside a button or a menu object.
const QStringList &misplacedKeys()
{
    static const QStringList keys = {
        QStringLiteral("matchrule"),     QStringLiteral("conditionalmenu"),
        QStringLiteral("selfmenu_info"), QStringLiteral("menu"),
        QStringLiteral("is_menu_open"),
    };
    return keys;
}

QString squashed(const QString &key)
{
    QString result = key.toLower();
    result.remove(QLatin1Char('_'));
    result.remove(QLatin1Char('-'));
    return result;
}

/// The button key WeChat expects that `key` differs from only by case, underscores or a final
/// "s" ("appId" -> "appid", "subButtons" -> "sub_button"); empty when there is none.
QString meantKey(const QString &key)
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

bool holdsMisspelling(const Button &button, const QString &key)
{
    for (auto it = button.extras.constBegin(); it != button.extras.constEnd(); ++it) {
        if (meantKey(it.key()) == key)
            return true;
    }
    return false;
}

bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

/// A lone surrogate anywhere in `value`: its text, its keys, its items.
bool holdsLoneSurrogate(const QJsonValue &value)
{
    if (value.isString())
        return hasLoneSurrogate(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            if (holdsLoneSurrogate(item))
                return true;
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (hasLoneSurrogate(it.key()) || holdsLoneSurrogate(it.value()))
                return true;
        }
    }
    return false;
}

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

IssueList Validator::readIssues(const ReadResult &read)
{
    IssueList issues;
    for (const QString &path : read.listSubButtonPaths) {
        issues.append({Issue::Severity::Error, std::nullopt, QStringLiteral("sub_button.list"),
                       path,
                       tr("The sub-menu is written as {\"list\": [...]}, a form only "
                          "get_current_selfmenu_info answers use; WeChat refuses a request "
                          "holding it. Write \"sub_button\" as an array of buttons (WeMenu "
                          "saves it that way)."),
                       IssueFix()});
    }
    return issues;
}

QString Validator::menuPath(int menuIndex)
{
    return menuIndex < 0 ? QStringLiteral("menu")
                         : QStringLiteral("conditionalmenu[%1]").arg(menuIndex);
}

QString Validator::buttonPath(int menuIndex, int parentRow, int row)
{
    if (parentRow < 0)
        return QStringLiteral("%1.button[%2]").arg(menuPath(menuIndex)).arg(row);
    return QStringLiteral("%1.button[%2].sub_button[%3]")
        .arg(menuPath(menuIndex))
        .arg(parentRow)
        .arg(row);
}

void Validator::error(const QString &rule, std::optional<int> errcode, const QString &path,
                      const QString &message)
{
    add(Issue::Severity::Error, errcode, rule, path, message, IssueFix());
}

void Validator::warning(const QString &rule, const QString &path, const QString &message)
{
    add(Issue::Severity::Warning, std::nullopt, rule, path, message, IssueFix());
}

void Validator::add(Issue::Severity severity, std::optional<int> errcode, const QString &rule,
                    const QString &path, const QString &message, const IssueFix &fix)
{
    m_issues.append({severity, errcode, rule, path, message, fix});
}

IssueList Validator::validate(const DocumentData &data, Shape shape)
{
    Validator v(shape);
    if (data.hasDefaultMenu)
        v.checkMenu(data.defaultMenu, menuPath(-1), false);
    else if (!data.conditionalMenus.isEmpty() && shape != Shape::Conditional)
        v.error(QStringLiteral("menu.default-required"), ErrCode::NoDefaultMenu, menuPath(-1),
                tr("Conditional menus need a default menu: WeChat adds them only to an account "
                   "that has one."));
    for (int i = 0; i < data.conditionalMenus.size(); ++i)
        v.checkMenu(data.conditionalMenus.at(i), menuPath(i), true);
    v.checkDomains(data);
    v.checkShadowing(data);
    return v.m_issues;
}

void Validator::checkMenu(const Menu &menu, const QString &path, bool conditional)
{
    const QString buttons = path + QStringLiteral(".button");
    if (menu.buttons.isEmpty()) {
        error(QStringLiteral("menu.count"), ErrCode::InvalidButtonCount, buttons,
              tr("A menu needs at least one top-level button."));
    }
    for (int i = 0; i < menu.buttons.size(); ++i) {
        const QString buttonPath = QStringLiteral("%1[%2]").arg(buttons).arg(i);
        if (i >= kMaxTopLevelButtons) {
            error(QStringLiteral("menu.count"), ErrCode::InvalidButtonCount, buttonPath,
                  tr("A menu has at most 3 top-level buttons; this is button %1.").arg(i + 1));
        }
        checkButton(menu.buttons.at(i), buttonPath, true);
    }
    if (conditional)
        checkMatchRule(menu.matchRule, path + QStringLiteral(".matchrule"));
    for (const QString &key : misplacedKeys()) {
        if (!menu.extras.contains(key))
            continue;
        const bool ruleInDefault = !conditional && key == QLatin1String("matchrule");
        add(Issue::Severity::Error, std::nullopt, QStringLiteral("key.misplaced"),
            path + QLatin1Char('.') + key,
            ruleInDefault
                ? tr("The default menu has no match rule: WeChat refuses it with \"matchrule\". "
                     "Remove the key, or add a conditional menu for the rule.")
                : tr("\"%1\" does not belong in this menu: WeChat refuses a request that holds "
                     "it. Remove the key.")
                      .arg(key),
            IssueFix::remove(key));
    }
}

void Validator::checkButton(const Button &button, const QString &path, bool topLevel)
{
    checkName(button, path, topLevel);
    checkTextFields(button, path);
    checkKeys(button, path, topLevel);

    const QString subPath = path + QStringLiteral(".sub_button");
    if (button.extras.contains(QStringLiteral("sub_button"))) {
        error(QStringLiteral("field.type"), std::nullopt, subPath,
              tr("\"sub_button\" must be an array of buttons, not %1.")
                  .arg(jsonTypeName(button.extras.value(QStringLiteral("sub_button")))));
    }
    if (!button.hasSubButtons()) {
        checkAction(button, path, topLevel);
        return;
    }
    if (!topLevel) {
        error(QStringLiteral("sub.nested"), ErrCode::InvalidSubButtonType, subPath,
              tr("A sub-button cannot have sub-buttons of its own: menus have two levels."));
        return;
    }
    if (!button.type.isEmpty()) {
        warning(QStringLiteral("button.action-ignored"), path + QStringLiteral(".type"),
                tr("This button opens a sub-menu, so its own action \"%1\" and its fields are "
                   "not used.")
                    .arg(ButtonTypeNames::labelWithApiName(button.type)));
    }
    for (int j = 0; j < button.subButtons.size(); ++j) {
        const QString childPath = QStringLiteral("%1[%2]").arg(subPath).arg(j);
        if (j >= kMaxSubButtons) {
            error(QStringLiteral("sub.count"), ErrCode::InvalidSubButtonCount, childPath,
                  tr("A sub-menu has at most 5 buttons; this is button %1.").arg(j + 1));
        }
        checkButton(button.subButtons.at(j), childPath, false);
    }
}

void Validator::checkName(const Button &button, const QString &path, bool topLevel)
{
    const QString namePath = path + QStringLiteral(".name");
    const int errcode =
        topLevel ? ErrCode::InvalidButtonNameSize : ErrCode::InvalidSubButtonNameSize;
    if (button.extras.contains(QStringLiteral("name")))
        return; // reported as field.type
    if (button.name.trimmed().isEmpty()) {
        error(QStringLiteral("name.required"), errcode, namePath, tr("Every button needs a name."));
        return;
    }
    const int bytes = utf8Size(button.name);
    const int maxBytes = topLevel ? kMaxTopLevelNameBytes : kMaxSubNameBytes;
    if (bytes > maxBytes) {
        error(QStringLiteral("name.bytes"), errcode, namePath,
              topLevel ? tr("The name is %1 bytes; a top-level name may have at most 16 bytes "
                            "(a Chinese character takes 3).")
                             .arg(bytes)
                       : tr("The name is %1 bytes; a sub-button name may have at most 60 bytes "
                            "(a Chinese character takes 3).")
                             .arg(bytes));
    }
    const int units = topLevel ? DisplayWidth::kTopLevelUnits : DisplayWidth::kSubMenuUnits;
    if (DisplayWidth::of(button.name) > units) {
        warning(QStringLiteral("name.display-cut"), namePath,
                tr("The phone cuts this name and shows \"%1\".")
                    .arg(DisplayWidth::cut(button.name, units)));
    }
}

void Validator::checkAction(const Button &button, const QString &path, bool topLevel)
{
    const QString typePath = path + QStringLiteral(".type");
    const int typeCode = topLevel ? ErrCode::InvalidButtonType : ErrCode::InvalidSubButtonType;
    if (button.type.isEmpty()) {
        if (!button.extras.contains(QStringLiteral("type"))) {
            error(QStringLiteral("type.required"), typeCode, typePath,
                  topLevel ? tr("Choose what the button does, or give it sub-buttons.")
                           : tr("Choose what the button does."));
        }
        return;
    }
    if (ButtonTypes::isConsoleOnly(button.type)) {
        error(QStringLiteral("type.console-only"), typeCode, typePath,
              tr("\"%1\" buttons are made in the WeChat web console; the API cannot publish "
                 "them. Choose another type.")
                  .arg(button.type));
        return;
    }
    if (!ButtonTypes::isApiType(button.type)) {
        error(QStringLiteral("type.unknown"), typeCode, typePath,
              tr("\"%1\" is not a button type WeChat knows.").arg(button.type));
        return;
    }
    if (button.type == QLatin1String("view_limited")) {
        warning(
            QStringLiteral("type.retiring"), typePath,
            tr("WeChat is retiring \"%1\" buttons: use \"%2\" with an article ID instead.")
                .arg(ButtonTypeNames::labelWithApiName(button.type),
                     ButtonTypeNames::labelWithApiName(QStringLiteral("article_view_limited"))));
    }

    const QList<ButtonField> required = ButtonTypes::requiredFields(button.type);
    for (const ButtonField field : required) {
        // A misspelled key ("appId") is reported as such, naming the key WeChat expects.
        if (!button.field(field).trimmed().isEmpty() ||
            button.extras.contains(buttonFieldKey(field)) ||
            holdsMisspelling(button, buttonFieldKey(field)))
            continue;
        const QString fieldPath = path + QLatin1Char('.') + buttonFieldKey(field);
        switch (field) {
        case ButtonField::Key:
            error(QStringLiteral("key.required"),
                  topLevel ? ErrCode::InvalidButtonKeySize : ErrCode::InvalidSubButtonKeySize,
                  fieldPath,
                  tr("A \"%1\" button needs an event key (key).")
                      .arg(ButtonTypeNames::labelWithApiName(button.type)));
            break;
        case ButtonField::Url:
            error(QStringLiteral("url.required"),
                  topLevel ? ErrCode::InvalidButtonUrlSize : ErrCode::InvalidSubButtonUrlSize,
                  fieldPath,
                  tr("A \"%1\" button needs a web page link (url).")
                      .arg(ButtonTypeNames::labelWithApiName(button.type)));
            break;
        case ButtonField::AppId:
            error(QStringLiteral("appid.required"), std::nullopt, fieldPath,
                  tr("A Mini Program button needs the Mini Program's AppID."));
            break;
        case ButtonField::PagePath:
            error(QStringLiteral("pagepath.required"), std::nullopt, fieldPath,
                  tr("A Mini Program button needs the page path to open."));
            break;
        case ButtonField::MediaId:
            error(QStringLiteral("media_id.required"), ErrCode::InvalidMediaId, fieldPath,
                  tr("A \"%1\" button needs a media ID (media_id).")
                      .arg(ButtonTypeNames::labelWithApiName(button.type)));
            break;
        case ButtonField::ArticleId:
            error(QStringLiteral("article_id.required"), ErrCode::InvalidArticleId, fieldPath,
                  tr("A \"%1\" button needs an article ID (article_id).")
                      .arg(ButtonTypeNames::labelWithApiName(button.type)));
            break;
        default:
            break;
        }
    }

    const int keyBytes = utf8Size(button.key);
    if (keyBytes > kMaxKeyBytes) {
        error(QStringLiteral("key.bytes"),
              topLevel ? ErrCode::InvalidButtonKeySize : ErrCode::InvalidSubButtonKeySize,
              path + QStringLiteral(".key"),
              tr("The key is %1 bytes; at most 128 bytes are allowed.").arg(keyBytes));
    }
    const int urlBytes = utf8Size(button.url);
    if (urlBytes > kMaxUrlBytes) {
        error(QStringLiteral("url.bytes"),
              topLevel ? ErrCode::InvalidButtonUrlSize : ErrCode::InvalidSubButtonUrlSize,
              path + QStringLiteral(".url"),
              tr("The link is %1 bytes; at most 1024 bytes are allowed.").arg(urlBytes));
    }
    const QString url = button.url.trimmed();
    if (!url.isEmpty() && !url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
        !url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        error(QStringLiteral("url.scheme"), std::nullopt, path + QStringLiteral(".url"),
              tr("The link must start with http:// or https://."));
    }
    if (button.type == QLatin1String("miniprogram") && button.appId != button.appId.toLower()) {
        error(QStringLiteral("appid.lowercase"), std::nullopt, path + QStringLiteral(".appid"),
              tr("Write the Mini Program AppID in lowercase: \"%1\".").arg(button.appId.toLower()));
    }

    const QList<ButtonField> used = ButtonTypes::usedFields(button.type);
    for (const ButtonField field : kAllButtonFields) {
        if (field == ButtonField::Name || field == ButtonField::Type || used.contains(field) ||
            button.field(field).isEmpty()) {
            continue;
        }
        warning(QStringLiteral("field.unused"), path + QLatin1Char('.') + buttonFieldKey(field),
                tr("\"%1\" buttons do not use the %2; WeChat ignores it.")
                    .arg(ButtonTypeNames::labelWithApiName(button.type),
                         ButtonTypeNames::fieldNameWithKey(field)));
    }
}

void Validator::checkTextFields(const Button &button, const QString &path)
{
    for (const ButtonField field : kAllButtonFields) {
        const QString key = buttonFieldKey(field);
        const QString fieldPath = path + QLatin1Char('.') + key;
        if (button.extras.contains(key)) {
            error(QStringLiteral("field.type"), std::nullopt, fieldPath,
                  tr("\"%1\" must be text, not %2.")
                      .arg(key, jsonTypeName(button.extras.value(key))));
            continue;
        }
        const QString value = button.field(field);
        if (hasLoneSurrogate(value)) {
            error(QStringLiteral("text.surrogate"), ErrCode::InvalidCharset, fieldPath,
                  tr("The %1 holds a broken character (half of an emoji or a rare character) "
                     "that has no UTF-8 form; WeChat rejects it. Retype the text.")
                      .arg(ButtonTypeNames::fieldNameWithKey(field)));
            continue;
        }
        for (const QChar c : value) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
                error(QStringLiteral("text.control"), ErrCode::InvalidCharset, fieldPath,
                      tr("The %1 holds an invisible control character (U+%2) that WeChat "
                         "rejects.")
                          .arg(ButtonTypeNames::fieldNameWithKey(field))
                          .arg(c.unicode(), 4, 16, QLatin1Char('0')));
                break;
            }
        }
    }
}

void Validator::checkKeys(const Button &button, const QString &path, bool topLevel)
{
    for (auto it = button.extras.constBegin(); it != button.extras.constEnd(); ++it) {
        const QString &key = it.key();
        const QString keyPath = path + QLatin1Char('.') + key;
        if (hasLoneSurrogate(key) || holdsLoneSurrogate(it.value())) {
            error(QStringLiteral("text.surrogate"), ErrCode::InvalidCharset, keyPath,
                  tr("\"%1\" holds a broken character (half of an emoji or a rare character) "
                     "that has no UTF-8 form; WeChat rejects it.")
                      .arg(key));
        }
        if (misplacedKeys().contains(key)) {
            add(Issue::Severity::Error, std::nullopt, QStringLiteral("key.misplaced"), keyPath,
                tr("\"%1\" does not belong in a button: WeChat refuses a request that holds it. "
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
            add(Issue::Severity::Warning, std::nullopt, QStringLiteral("key.misspelled"), keyPath,
                tr("WeChat does not read \"%1\": sub-buttons go in \"sub_button\". Rename the "
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
            add(Issue::Severity::Warning, std::nullopt, QStringLiteral("key.misspelled"), keyPath,
                tr("WeChat does not read \"%1\", and this button already has its %2. Remove "
                   "the key.")
                    .arg(key, ButtonTypeNames::fieldNameWithKey(field)),
                IssueFix::remove(key));
        } else if (required) {
            add(Issue::Severity::Error, missingFieldErrcode(field, topLevel),
                QStringLiteral("key.misspelled"), keyPath,
                tr("WeChat reads the %1 only from \"%2\", so it finds none in \"%3\". Rename "
                   "the key.")
                    .arg(ButtonTypeNames::fieldName(field), meant, key),
                IssueFix::rename(key, meant));
        } else {
            add(Issue::Severity::Warning, std::nullopt, QStringLiteral("key.misspelled"), keyPath,
                tr("WeChat does not read \"%1\": the %2 goes in \"%3\". Rename the key.")
                    .arg(key, ButtonTypeNames::fieldName(field), meant),
                IssueFix::rename(key, meant));
        }
    }
}

void Validator::checkMatchRule(const MatchRule &rule, const QString &path)
{
    const auto surrogate = [&](const QString &key, const QJsonValue &value) {
        if (hasLoneSurrogate(key) || holdsLoneSurrogate(value)) {
            error(QStringLiteral("text.surrogate"), ErrCode::InvalidCharset,
                  path + QLatin1Char('.') + key,
                  tr("\"%1\" holds a broken character (half of an emoji or a rare character) "
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
        const QString fieldPath = path + QLatin1Char('.') + field;
        if (m_shape == Shape::MenuGet) {
            error(QStringLiteral("matchrule.privacy"), ErrCode::MatchRulePrivacy, fieldPath,
                  tr("This live menu matches on \"%1\", which WeChat no longer allows: it has "
                     "expired, no follower sees it, and it cannot be published as it is. Remove "
                     "the field.")
                      .arg(field));
        } else {
            error(QStringLiteral("matchrule.privacy"), ErrCode::MatchRulePrivacy, fieldPath,
                  tr("Match rules may no longer use \"%1\" (a privacy field); WeChat rejects the "
                     "menu. Match on a tag instead.")
                      .arg(field));
        }
    }
    if (rule.isEmpty()) {
        error(QStringLiteral("matchrule.empty"), ErrCode::EmptyMatchRule, path,
              tr("The match rule is empty: choose a tag, a phone platform, or both."));
    }
    for (const QString &key : {QStringLiteral("tag_id"), QStringLiteral("client_platform_type")}) {
        if (rule.extras.contains(key)) {
            error(
                QStringLiteral("field.type"), std::nullopt, path + QLatin1Char('.') + key,
                tr("\"%1\" must be text, not %2.").arg(key, jsonTypeName(rule.extras.value(key))));
        }
    }
    const QString tag = rule.tagId.trimmed();
    bool numeric = false;
    tag.toULongLong(&numeric);
    if (!tag.isEmpty() && !numeric) {
        error(QStringLiteral("matchrule.tag"), std::nullopt, path + QStringLiteral(".tag_id"),
              tr("The tag id must be a number, as WeChat lists it; \"%1\" is not.").arg(tag));
    }
    const QString platform = rule.clientPlatformType.trimmed();
    if (!platform.isEmpty() && platform != QLatin1String("1") && platform != QLatin1String("2") &&
        platform != QLatin1String("3")) {
        error(QStringLiteral("matchrule.platform"), std::nullopt,
              path + QStringLiteral(".client_platform_type"),
              tr("The platform must be 1 (iOS), 2 (Android) or 3 (others); \"%1\" is not.")
                  .arg(platform));
    }
}

void Validator::checkDomains(const DocumentData &data)
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
                error(QStringLiteral("domains.limit"), ErrCode::TooManyDomains,
                      path + QStringLiteral(".url"),
                      tr("All conditional menus together may link to at most 3 domains; this "
                         "link adds %1 to %2.")
                          .arg(domain, domains.mid(0, 3).join(QStringLiteral(", "))));
            }
        };
        for (int i = 0; i < menu.buttons.size(); ++i) {
            const Button &button = menu.buttons.at(i);
            const QString path = buttonPath(m, -1, i);
            if (!button.hasSubButtons())
                visit(button, path);
            for (int j = 0; j < button.subButtons.size(); ++j)
                visit(button.subButtons.at(j), buttonPath(m, i, j));
        }
    }
}

void Validator::checkShadowing(const DocumentData &data)
{
    // Newest (index 0) first: a menu is shadowed when a newer (lower-index) rule sets a subset
    // of its fields with the same values, since newer menus are tried first.
    QHash<QString, int> newer; // "tag|platform" -> newest (lowest) index with exactly that rule
    const auto keyOf = [](const QString &tag, const QString &platform) {
        return tag + QLatin1Char('|') + platform;
    };
    for (int i = 0; i < data.conditionalMenus.size(); ++i) {
        const MatchRule rule = data.conditionalMenus.at(i).matchRule.normalized();
        if (rule.isEmpty() || rule.isExpired())
            continue;
        const QString &tag = rule.tagId;
        const QString &platform = rule.clientPlatformType;
        QList<QString> candidates = {keyOf(tag, platform)};
        if (!tag.isEmpty() && !platform.isEmpty()) {
            candidates.append(keyOf(tag, QString()));
            candidates.append(keyOf(QString(), platform));
        }
        int shadower = -1;
        for (const QString &candidate : candidates) {
            const auto it = newer.constFind(candidate);
            if (it != newer.constEnd() && (shadower < 0 || it.value() < shadower))
                shadower = it.value();
        }
        if (shadower >= 0) {
            warning(QStringLiteral("matchrule.shadowed"),
                    menuPath(i) + QStringLiteral(".matchrule"),
                    tr("No follower can ever see this menu: the newer %1 matches everyone this "
                       "one matches, and newer menus are tried first.")
                        .arg(menuPath(shadower)));
        }
        const QString own = keyOf(tag, platform);
        if (!newer.contains(own))
            newer.insert(own, i);
    }
}

#include "menujsonreader.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

namespace {

const QString kButton = QStringLiteral("button");
const QString kSubButton = QStringLiteral("sub_button");
const QString kMenu = QStringLiteral("menu");
const QString kConditional = QStringLiteral("conditionalmenu");
const QString kMatchRule = QStringLiteral("matchrule");
const QString kMenuId = QStringLiteral("menuid");
const QString kSelfMenuInfo = QStringLiteral("selfmenu_info");
const QString kName = QStringLiteral("name");

/// `value` with every object in it built anew from its members. A key with a byte order mark
/// (U+FEFF) in it reads from Qt without the mark but stays in the mark's place among the keys:
/// kept like that, it would compare unequal to the same member read back from a saved file, and
/// be written in another order each time.
QJsonValue plainJson(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(plainJson(item));
        return array;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QJsonObject plain;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            plain.insert(it.key(), plainJson(it.value()));
        return plain;
    }
    return value;
}

/// Text as read: strings as they are, numbers as their decimal form.
std::optional<QString> asText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    return std::nullopt;
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return MenuJsonReader::tr("an array");
    case QJsonValue::Object:
        return MenuJsonReader::tr("an object");
    case QJsonValue::String:
        return MenuJsonReader::tr("text");
    case QJsonValue::Double:
        return MenuJsonReader::tr("a number");
    case QJsonValue::Bool:
        return MenuJsonReader::tr("true or false");
    default:
        return MenuJsonReader::tr("null");
    }
}

bool hasMenuId(const QJsonObject &root)
{
    if (root.value(kMenu).toObject().contains(kMenuId))
        return true;
    const QJsonArray conditional = root.value(kConditional).toArray();
    for (const QJsonValue &menu : conditional) {
        if (menu.toObject().contains(kMenuId))
            return true;
    }
    return false;
}

} // namespace

Shape MenuJsonReader::detectShape(const QJsonObject &root)
{
    if (root.contains(kSelfMenuInfo) || root.contains(QStringLiteral("is_menu_open")))
        return Shape::SelfMenuInfo;
    if (root.contains(kMenu) || root.contains(kConditional))
        return hasMenuId(root) ? Shape::MenuGet : Shape::Document;
    if (root.contains(kButton))
        return root.contains(kMatchRule) ? Shape::Conditional : Shape::Create;
    return Shape::Unknown;
}

ReadResult MenuJsonReader::read(const QJsonObject &root, Shape source)
{
    ReadResult result;
    result.shape = detectShape(root);
    // menu/get leaves out every menuid when there are no conditional menus: then only the
    // caller knows the answer came from menu/get.
    if (source == Shape::MenuGet && result.shape == Shape::Document)
        result.shape = Shape::MenuGet;
    if (result.shape == Shape::Unknown) {
        result.shape = Shape::Unknown;
        const QJsonValue errcode = root.value(QStringLiteral("errcode"));
        if (errcode.isDouble() && errcode.toInt() == 0) {
            result.error.message = tr("This is a reply from WeChat (errcode 0: %1), not a menu.")
                                       .arg(root.value(QStringLiteral("errmsg")).toString());
        } else if (!errcode.isUndefined()) {
            result.error.message =
                tr("This is an error reply from WeChat (errcode %1: %2), not a menu.")
                    .arg(asText(root.value(QStringLiteral("errcode"))).value_or(QString()),
                         root.value(QStringLiteral("errmsg")).toString());
        } else {
            result.error.message =
                tr("This JSON is not a menu: expected a \"button\", \"menu\", "
                   "\"conditionalmenu\" or \"selfmenu_info\" key at the top level.");
        }
        return result;
    }
    MenuJsonReader reader(result.shape);
    result.ok = reader.readDocument(root, result.data);
    result.listSubButtonPaths = reader.m_listSubButtons;
    if (!result.ok) {
        result.error = reader.m_error;
        result.data = {};
    }
    return result;
}

bool MenuJsonReader::readButtonArray(const QJsonValue &value, QList<Button> *buttons,
                                     ReadError *error)
{
    MenuJsonReader reader(Shape::Document);
    if (reader.readButtons(value, QStringLiteral("button"), *buttons))
        return true;
    if (error)
        *error = reader.m_error;
    return false;
}

bool MenuJsonReader::fail(const QString &path, const QString &message)
{
    m_error.path = path;
    m_error.message = path.isEmpty() ? message : tr("%1: %2").arg(path, message);
    return false;
}

bool MenuJsonReader::readDocument(const QJsonObject &root, DocumentData &data)
{
    switch (m_shape) {
    case Shape::Create:
        data.hasDefaultMenu = true;
        return readMenu(root, kMenu, data.defaultMenu, false);
    case Shape::Conditional: {
        data.hasDefaultMenu = false;
        Menu menu;
        if (!readMenu(root, QStringLiteral("conditionalmenu[0]"), menu, true))
            return false;
        data.conditionalMenus.append(menu);
        return true;
    }
    case Shape::SelfMenuInfo: {
        const QJsonValue info = root.value(kSelfMenuInfo);
        if (info.isUndefined() || info.isNull()) {
            const QJsonValue open = root.value(QStringLiteral("is_menu_open"));
            return fail(QString(),
                        tr("This get_current_selfmenu_info answer holds no menu "
                           "(is_menu_open: %1): the account has no custom menu, so there is "
                           "nothing to check or open.")
                            .arg(asText(open).value_or(describe(open))));
        }
        if (!info.isObject())
            return fail(kSelfMenuInfo, tr("expected an object, found %1.").arg(describe(info)));
        data.hasDefaultMenu = true;
        return readMenu(info.toObject(), kMenu, data.defaultMenu, false);
    }
    case Shape::MenuGet:
    case Shape::Document:
        break;
    case Shape::Unknown:
        return false;
    }

    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (it.key() != kMenu && it.key() != kConditional)
            data.extras.insert(it.key(), plainJson(it.value()));
    }
    const QJsonValue menu = root.value(kMenu);
    data.hasDefaultMenu = !(menu.isUndefined() || menu.isNull());
    if (data.hasDefaultMenu) {
        if (!menu.isObject())
            return fail(kMenu, tr("expected an object, found %1.").arg(describe(menu)));
        if (!readMenu(menu.toObject(), kMenu, data.defaultMenu, false))
            return false;
    }
    const QJsonValue conditional = root.value(kConditional);
    if (conditional.isUndefined() || conditional.isNull())
        return true;
    if (!conditional.isArray())
        return fail(kConditional, tr("expected an array, found %1.").arg(describe(conditional)));
    const QJsonArray menus = conditional.toArray();
    for (qsizetype i = 0; i < menus.size(); ++i) {
        const QString path = QStringLiteral("conditionalmenu[%1]").arg(i);
        if (!menus.at(i).isObject())
            return fail(path, tr("expected an object, found %1.").arg(describe(menus.at(i))));
        Menu item;
        if (!readMenu(menus.at(i).toObject(), path, item, true))
            return false;
        data.conditionalMenus.append(item);
    }
    return true;
}

bool MenuJsonReader::readMenu(const QJsonObject &object, const QString &path, Menu &menu,
                              bool conditional)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == kButton) {
            if (!readButtons(it.value(), path + QStringLiteral(".button"), menu.buttons))
                return false;
        } else if (key == kMenuId && asText(it.value())) {
            menu.menuId = *asText(it.value());
        } else if (key == kMatchRule && conditional) {
            if (!it.value().isObject()) {
                return fail(path + QStringLiteral(".matchrule"),
                            tr("expected an object, found %1.").arg(describe(it.value())));
            }
            menu.matchRule = readMatchRule(it.value().toObject());
        } else if (key == kName && conditional && it.value().isString()) {
            menu.name = it.value().toString();
        } else {
            menu.extras.insert(key, plainJson(it.value()));
        }
    }
    if (!object.contains(kButton))
        return fail(path, tr("this menu has no \"button\" array."));
    if (conditional && !object.contains(kMatchRule))
        return fail(path, tr("this conditional menu has no \"matchrule\"."));
    return true;
}

bool MenuJsonReader::readButtons(const QJsonValue &value, const QString &path,
                                 QList<Button> &buttons)
{
    if (!value.isArray())
        return fail(path, tr("expected an array of buttons, found %1.").arg(describe(value)));
    const QJsonArray array = value.toArray();
    buttons.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Button button;
        if (!readButton(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), button))
            return false;
        buttons.append(std::move(button));
    }
    return true;
}

bool MenuJsonReader::readButton(const QJsonValue &value, const QString &path, Button &button)
{
    if (!value.isObject())
        return fail(path, tr("expected a button object, found %1.").arg(describe(value)));
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue &field = it.value();
        if (key == kSubButton) {
            QJsonValue list = field;
            // get_current_selfmenu_info nests sub-buttons as {"list":[...]}; anywhere else the
            // form is read the same way but noted, since a request holding it is refused.
            if (field.isObject() && field.toObject().contains(QStringLiteral("list"))) {
                list = field.toObject().value(QStringLiteral("list"));
                if (m_shape != Shape::SelfMenuInfo && list.isArray())
                    m_listSubButtons.append(path + QStringLiteral(".sub_button"));
            }
            if (list.isNull())
                continue;
            if (!list.isArray()) {
                button.extras.insert(key, plainJson(field)); // reported by the validator
                continue;
            }
            if (!readButtons(list, path + QStringLiteral(".sub_button"), button.subButtons))
                return false;
            continue;
        }
        bool known = false;
        for (const ButtonField f : kAllButtonFields) {
            if (buttonFieldKey(f) != key)
                continue;
            known = true;
            // Only text: WeChat sends no numbers in a button, so a number is a mistake too.
            if (field.isString())
                button.setField(f, field.toString());
            else if (!field.isNull())
                button.extras.insert(key, plainJson(field)); // reported by the validator
            break;
        }
        if (!known)
            button.extras.insert(key, plainJson(field));
    }
    return true;
}

MatchRule MenuJsonReader::readMatchRule(const QJsonObject &object) const
{
    MatchRule rule;
    const QString tagId = QStringLiteral("tag_id");
    const QString groupId = QStringLiteral("group_id");
    const QString platform = QStringLiteral("client_platform_type");
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString &key = it.key();
        const auto text = asText(it.value());
        if (key == tagId && text) {
            rule.tagId = *text;
        } else if (key == platform && text) {
            rule.clientPlatformType = *text;
        } else if (MatchRule::privacyFieldNames().contains(key)) {
            rule.privacy.insert(key, plainJson(it.value()));
        } else if (key != groupId) {
            rule.extras.insert(key, plainJson(it.value()));
        }
    }
    // A legacy group_id reads as tag_id; kept as is when both are present and differ, and when
    // tag_id is there but is not text (it stays beside it, reported by the validator).
    const auto group = asText(object.value(groupId));
    if (object.contains(groupId)) {
        if (group && !object.contains(tagId))
            rule.tagId = *group;
        else if (!group || *group != rule.tagId)
            rule.extras.insert(groupId, plainJson(object.value(groupId)));
    }
    return rule;
}

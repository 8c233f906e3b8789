#include "ruletext.h"

#include "validator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace RuleText {

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

const QStringList &misplacedKeys()
{
    static const QStringList keys = {
        QStringLiteral("matchrule"),     QStringLiteral("conditionalmenu"),
        QStringLiteral("selfmenu_info"), QStringLiteral("menu"),
        QStringLiteral("is_menu_open"),
    };
    return keys;
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

} // namespace RuleText

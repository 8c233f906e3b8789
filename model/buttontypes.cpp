#include "buttontypes.h"

namespace ButtonTypes {

const QStringList &apiTypes()
{
    static const QStringList types = {
        QStringLiteral("click"),         QStringLiteral("view"),
        QStringLiteral("scancode_push"), QStringLiteral("scancode_waitmsg"),
        QStringLiteral("pic_sysphoto"),  QStringLiteral("pic_photo_or_album"),
        QStringLiteral("pic_weixin"),    QStringLiteral("location_select"),
        QStringLiteral("media_id"),      QStringLiteral("view_limited"),
        QStringLiteral("article_id"),    QStringLiteral("article_view_limited"),
        QStringLiteral("miniprogram"),
    };
    return types;
}

const QStringList &consoleOnlyTypes()
{
    static const QStringList types = {
        QStringLiteral("text"),  QStringLiteral("img"),  QStringLiteral("voice"),
        QStringLiteral("video"), QStringLiteral("news"),
    };
    return types;
}

bool isApiType(const QString &type)
{
    return apiTypes().contains(type);
}

bool isConsoleOnly(const QString &type)
{
    return consoleOnlyTypes().contains(type);
}

QList<ButtonField> requiredFields(const QString &type)
{
    if (type == QLatin1String("view"))
        return {ButtonField::Url};
    if (type == QLatin1String("miniprogram"))
        return {ButtonField::Url, ButtonField::AppId, ButtonField::PagePath};
    if (type == QLatin1String("media_id") || type == QLatin1String("view_limited"))
        return {ButtonField::MediaId};
    if (type == QLatin1String("article_id") || type == QLatin1String("article_view_limited"))
        return {ButtonField::ArticleId};
    if (isApiType(type))
        return {ButtonField::Key}; // click, scancode_*, pic_*, location_select
    return {};
}

QList<ButtonField> usedFields(const QString &type)
{
    return requiredFields(type);
}

} // namespace ButtonTypes

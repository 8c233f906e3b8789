#include "buttontypenames.h"

QString ButtonTypeNames::label(const QString &type)
{
    if (type == QLatin1String("click"))
        return tr("Send a click event");
    if (type == QLatin1String("view"))
        return tr("Open a web page");
    if (type == QLatin1String("miniprogram"))
        return tr("Open a Mini Program");
    if (type == QLatin1String("scancode_push"))
        return tr("Scan a code");
    if (type == QLatin1String("scancode_waitmsg"))
        return tr("Scan a code and wait for a reply");
    if (type == QLatin1String("pic_sysphoto"))
        return tr("Take a photo");
    if (type == QLatin1String("pic_photo_or_album"))
        return tr("Take a photo or choose from the album");
    if (type == QLatin1String("pic_weixin"))
        return tr("Choose from the WeChat album");
    if (type == QLatin1String("location_select"))
        return tr("Send a location");
    if (type == QLatin1String("media_id"))
        return tr("Send an image, voice or video");
    if (type == QLatin1String("view_limited"))
        return tr("Open a saved message");
    if (type == QLatin1String("article_id"))
        return tr("Send a published article");
    if (type == QLatin1String("article_view_limited"))
        return tr("Open a published article");
    if (type == QLatin1String("text") || type == QLatin1String("img") ||
        type == QLatin1String("voice") || type == QLatin1String("video") ||
        type == QLatin1String("news")) {
        return tr("Made in the web console");
    }
    return type;
}

QString ButtonTypeNames::labelWithApiName(const QString &type)
{
    const QString text = label(type);
    return text == type ? type : tr("%1 (%2)").arg(text, type);
}

QString ButtonTypeNames::fieldName(ButtonField field)
{
    switch (field) {
    case ButtonField::Name:
        return tr("name");
    case ButtonField::Type:
        return tr("action");
    case ButtonField::Key:
        return tr("event key");
    case ButtonField::Url:
        return tr("web page link");
    case ButtonField::AppId:
        return tr("Mini Program AppID");
    case ButtonField::PagePath:
        return tr("Mini Program page");
    case ButtonField::MediaId:
        return tr("media ID");
    case ButtonField::ArticleId:
        return tr("article ID");
    }
    return {};
}

QString ButtonTypeNames::fieldNameWithKey(ButtonField field)
{
    return tr("%1 (%2)").arg(fieldName(field), buttonFieldKey(field));
}

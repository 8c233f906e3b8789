#include "button.h"

QString buttonFieldKey(ButtonField field)
{
    switch (field) {
    case ButtonField::Name:
        return QStringLiteral("name");
    case ButtonField::Type:
        return QStringLiteral("type");
    case ButtonField::Key:
        return QStringLiteral("key");
    case ButtonField::Url:
        return QStringLiteral("url");
    case ButtonField::AppId:
        return QStringLiteral("appid");
    case ButtonField::PagePath:
        return QStringLiteral("pagepath");
    case ButtonField::MediaId:
        return QStringLiteral("media_id");
    case ButtonField::ArticleId:
        return QStringLiteral("article_id");
    }
    return {};
}

QString Button::field(ButtonField f) const
{
    switch (f) {
    case ButtonField::Name:
        return name;
    case ButtonField::Type:
        return type;
    case ButtonField::Key:
        return key;
    case ButtonField::Url:
        return url;
    case ButtonField::AppId:
        return appId;
    case ButtonField::PagePath:
        return pagePath;
    case ButtonField::MediaId:
        return mediaId;
    case ButtonField::ArticleId:
        return articleId;
    }
    return {};
}

void Button::setField(ButtonField f, const QString &value)
{
    switch (f) {
    case ButtonField::Name:
        name = value;
        break;
    case ButtonField::Type:
        type = value;
        break;
    case ButtonField::Key:
        key = value;
        break;
    case ButtonField::Url:
        url = value;
        break;
    case ButtonField::AppId:
        appId = value;
        break;
    case ButtonField::PagePath:
        pagePath = value;
        break;
    case ButtonField::MediaId:
        mediaId = value;
        break;
    case ButtonField::ArticleId:
        articleId = value;
        break;
    }
}

bool operator==(const Button &a, const Button &b)
{
    return a.name == b.name && a.type == b.type && a.key == b.key && a.url == b.url &&
           a.appId == b.appId && a.pagePath == b.pagePath && a.mediaId == b.mediaId &&
           a.articleId == b.articleId && a.subButtons == b.subButtons && a.extras == b.extras;
}

bool Button::hasAction() const
{
    for (const ButtonField f : kAllButtonFields) {
        if (f != ButtonField::Name && (!field(f).isEmpty() || extras.contains(buttonFieldKey(f))))
            return true;
    }
    return false;
}

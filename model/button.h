#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

/// The string fields a button can carry, in the order they are written.
enum class ButtonField { Name, Type, Key, Url, AppId, PagePath, MediaId, ArticleId };

/// All fields, in write order.
inline constexpr ButtonField kAllButtonFields[] = {
    ButtonField::Name,  ButtonField::Type,     ButtonField::Key,     ButtonField::Url,
    ButtonField::AppId, ButtonField::PagePath, ButtonField::MediaId, ButtonField::ArticleId,
};

/// The JSON key of a field ("media_id" for MediaId).
QString buttonFieldKey(ButtonField field);

/**
 * One menu button, top-level or sub-button.
 *
 * Fields the editor does not know, and known fields whose JSON type is wrong, are kept in
 * `extras` exactly as read and written back, so that a round trip loses nothing.
 */
struct Button
{
    QString name;
    QString type;
    QString key;
    QString url;
    QString appId;
    QString pagePath;
    QString mediaId;
    QString articleId;
    QList<Button> subButtons;
    QJsonObject extras;

    QString field(ButtonField field) const;
    void setField(ButtonField field, const QString &value);

    bool hasSubButtons() const { return !subButtons.isEmpty(); }
    /// Whether it carries an action of its own: a type or one of its fields (key, url, appid,
    /// pagepath, media_id, article_id), as a field or kept as read.
    bool hasAction() const;

    friend bool operator==(const Button &a, const Button &b);
    friend bool operator!=(const Button &a, const Button &b) { return !(a == b); }
};

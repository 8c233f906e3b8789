#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

/// The follower's phone, as `client_platform_type` names it.
enum class ClientPlatform { Ios = 1, Android = 2, Other = 3 };

/**
 * The rule that picks the followers who see a conditional menu.
 *
 * `tag_id` and `client_platform_type` are what the API accepts today. The privacy fields
 * (sex, country, province, city, language) of older rules are kept in `privacy` exactly as
 * read: a menu holding them has expired, and they are never dropped silently.
 */
struct MatchRule
{
    QString tagId;
    QString clientPlatformType;
    QJsonObject privacy;
    QJsonObject extras;

    /// The privacy field names, in the order WeChat documents them.
    static const QStringList &privacyFieldNames();

    bool isEmpty() const;
    /// The privacy fields that hold a value (empty ones, as menu/get lists them, do not count).
    QStringList privacyFieldsInUse() const;
    /// True when the rule holds a privacy field: such a menu never matches any more.
    bool isExpired() const { return !privacyFieldsInUse().isEmpty(); }

    /// The rule with surrounding white space removed from its values.
    MatchRule normalized() const;

    friend bool operator==(const MatchRule &a, const MatchRule &b);
    friend bool operator!=(const MatchRule &a, const MatchRule &b) { return !(a == b); }
};

#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

/**
 * Which value of a `${variable}` an account of a group uses: a variable set on the group
 * applies to each of its accounts unless the account sets its own. A name with an empty
 * value counts as not set, so clearing an account's value brings back the group's.
 */
class VariableScope
{
public:
    using Variables = QMap<QString, QString>;

    /// Where a resolved value comes from.
    enum class Source { Group, Account };

    /// The variables an account of `group` uses: the group's, each replaced by the account's
    /// own where it sets one, and the account's own that the group has not.
    static Variables resolve(const Variables &group, const Variables &account);
    /// Where each name of resolve(`group`, `account`) takes its value from.
    static QMap<QString, Source> sources(const Variables &group, const Variables &account);
    /// The names of `used` (in their order, once each) that `resolved` has no value for.
    static QStringList missing(const QStringList &used, const Variables &resolved);
};

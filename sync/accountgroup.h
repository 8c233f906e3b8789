#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

/**
 * A group of saved accounts that get one menu, filled in per account: its accounts (by their
 * stored names) and the `${variables}` it sets for all of them (see VariableScope). Saved
 * with the accounts in the settings; variables hold menu content, never secrets.
 */
struct AccountGroup
{
    QString name;
    QStringList accounts;
    QMap<QString, QString> variables;

    friend bool operator==(const AccountGroup &a, const AccountGroup &b)
    {
        return a.name == b.name && a.accounts == b.accounts && a.variables == b.variables;
    }
};

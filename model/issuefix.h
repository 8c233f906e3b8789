#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * A one-click fix the editor offers for an issue about something the form cannot show: rename a
 * misspelled key to the one WeChat expects, remove a key that does not belong, or take away
 * the unused action of a button that opens a sub-menu. The issue's path names the button or
 * menu that holds it.
 */
struct IssueFix
{
    Q_DECLARE_TR_FUNCTIONS(IssueFix)

public:
    enum class Kind { None, RenameKey, RemoveKey, RemoveAction };

    Kind kind = Kind::None;
    QString key;    ///< the key as written
    QString newKey; ///< the key WeChat expects (RenameKey only)

    bool isNone() const { return kind == Kind::None; }
    /// "Rename "appId" to "appid"", "Remove "matchrule"", "Remove the unused action"; empty
    /// for None.
    QString text() const;

    static IssueFix rename(const QString &key, const QString &newKey)
    {
        return {Kind::RenameKey, key, newKey};
    }
    static IssueFix remove(const QString &key) { return {Kind::RemoveKey, key, {}}; }
    static IssueFix removeAction() { return {Kind::RemoveAction, {}, {}}; }

    friend bool operator==(const IssueFix &a, const IssueFix &b)
    {
        return a.kind == b.kind && a.key == b.key && a.newKey == b.newKey;
    }
};

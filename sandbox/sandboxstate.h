#pragma once

#include <documentdata.h>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

/// A user tag of the emulated account.
struct SandboxTag
{
    int id = 0;
    QString name;
    int count = 0;

    friend bool operator==(const SandboxTag &a, const SandboxTag &b)
    {
        return a.id == b.id && a.name == b.name && a.count == b.count;
    }
};

/// A follower that trymatch can be asked about.
struct SandboxFollower
{
    QString openId;
    QString wechatId;
    QStringList tags; ///< in the order they were applied
    QString client;   ///< "ios", "android" or "other"

    friend bool operator==(const SandboxFollower &a, const SandboxFollower &b)
    {
        return a.openId == b.openId && a.wechatId == b.wechatId && a.tags == b.tags &&
               a.client == b.client;
    }
};

/**
 * Everything the emulated account keeps between runs: its menus with their menuids, the menu
 * made in the web console (seen only through get_current_selfmenu_info), tags, followers and
 * the calls counted against today's quotas.
 */
struct SandboxState
{
    bool hasMenu = false; ///< a default menu exists
    DocumentData menus;   ///< menuids set; conditional menus newest first (priority order)
    qint64 nextMenuId = 208379533;
    QList<Button> consoleMenu; ///< made in the web console; empty when none
    QList<SandboxTag> tags;
    QList<SandboxFollower> followers;
    QDate quotaDate;
    QHash<QString, int> quotaUsed; ///< endpoint -> calls on quotaDate

    /// A fresh account: no menu, a few tags and followers to try matching with.
    static SandboxState initial();

    QByteArray toJson() const;
    /// False with `error` set when `json` is not a state file.
    static bool fromJson(const QByteArray &json, SandboxState *state, QString *error);

    friend bool operator==(const SandboxState &a, const SandboxState &b);
};

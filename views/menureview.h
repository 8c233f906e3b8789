#pragma once

#include "previewoptions.h"

#include <button.h>
#include <menuchanges.h>

#include <QList>
#include <QString>
#include <QStringList>

/**
 * One menu that a publish changes, as the review shows it: the live phone and the new phone
 * with their marks, the changes in words, who it reaches, and what WeChat makes of it.
 */
struct MenuReview
{
    /// No menu on that side: the menu is added (oldMenu) or removed (newMenu).
    static constexpr int kNone = -2;

    int oldMenu = kNone; ///< the menu in the live state: -1 default, K conditionalmenu[K]
    int newMenu = kNone; ///< the menu in the document: -1 default, K conditionalmenu[K]
    QString title;       ///< its label (MenuLabel): "2. VIP members · Tag 星标会员 · iOS"
    QString followers;   ///< who it reaches: "VIP members · Tag 星标会员 (3 followers) · iOS"
    QStringList changes; ///< the changes in words, one a line
    /// Set when WeChat cannot edit it (a conditional menu is deleted and added again): what
    /// happens and what its followers see meanwhile.
    QString notice;
    bool readded = false;          ///< deleted and added again by the plan
    QList<MenuChange> menuChanges; ///< the changes of the one diff behind `changes`

    QList<Button> liveButtons; ///< the live phone (empty for an added menu)
    QList<Button> newButtons;  ///< the new phone (empty for a removed menu)
    PreviewOptions liveOptions;
    PreviewOptions newOptions;

    bool isAdded() const { return oldMenu == kNone; }
    bool isRemoved() const { return newMenu == kNone; }
};

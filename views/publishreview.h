#pragma once

#include "affectedfollowers.h"
#include "menureview.h"

#include <documentdata.h>
#include <menulabel.h>
#include <publishstep.h>

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/**
 * The review of a publish, menu by menu, from the one diff (MenuChanges::compare) and the
 * plan: for each menu that changes its two phones with marks, the changes in words, who it
 * reaches and, where WeChat cannot edit (a conditional menu deleted and added again, moved
 * ones too), what its followers see meanwhile. After a publish that stopped part-way it says
 * what each affected group of followers sees now.
 */
class PublishReview
{
    Q_DECLARE_TR_FUNCTIONS(PublishReview)

public:
    PublishReview() = default;
    /// `live` as menu/get read it, `wanted` the document, `plan` the calls that make it so.
    PublishReview(const DocumentData &live, const DocumentData &wanted,
                  const QList<PublishStep> &plan, const MenuLabel::TagNames &tagNames = {},
                  const AffectedFollowers::TagCounts &tagCounts = {});

    /// The changed menus: the default menu first, then the document's conditional menus in
    /// priority order, then the removed ones.
    const QList<MenuReview> &menus() const { return m_menus; }
    /// The document's menus that do not change.
    int unchangedCount() const { return m_unchanged; }
    const DocumentData &live() const { return m_live; }
    const DocumentData &wanted() const { return m_wanted; }

    /**
     * After a publish stopped part-way: what each affected group of followers sees in `now`,
     * one line each ("VIP members see the default menu: their menu was deleted and could not
     * be added again"). `failedStep` is the call that failed (none for a stop); its failure's
     * quota, if any, is named on the line of the menu it concerns.
     */
    QStringList nowSee(const DocumentData &now, const PublishStep *failedStep,
                       int failedErrcode) const;

private:
    MenuReview &reviewFor(int newMenu, int oldMenu);
    void mark(MenuReview &review, const MenuChange &change);
    void finish(MenuReview &review);
    QString meanwhile(const MenuReview &review) const;

    DocumentData m_live;
    DocumentData m_wanted;
    QList<PublishStep> m_plan;
    MenuLabel::TagNames m_tagNames;
    AffectedFollowers::TagCounts m_tagCounts;
    QList<MenuReview> m_menus;
    int m_unchanged = 0;
};

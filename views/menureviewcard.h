#pragma once

#include "menureview.h"

#include <QFrame>

class QLabel;
class ReviewPhone;

/**
 * One changed menu in the review: its label, who it reaches, the live phone and the new phone
 * side by side with the changed buttons marked, the changes in words under them, and what
 * WeChat makes of it where it cannot edit.
 */
class MenuReviewCard : public QFrame
{
    Q_OBJECT

public:
    /// `accountName` goes in the phones' title bars.
    MenuReviewCard(const MenuReview &review, const QString &accountName, QWidget *parent = nullptr);

    const MenuReview &review() const { return m_review; }
    /// The phone of the live menu ("livePhone") and of the document's ("newPhone").
    ReviewPhone *livePhone() const { return m_livePhone; }
    ReviewPhone *newPhone() const { return m_newPhone; }
    QLabel *followersLabel() const { return m_followers; }
    /// The changes in words, one a line ("changesText").
    QLabel *changesLabel() const { return m_changes; }
    /// What WeChat makes of it ("noticeText"); hidden when there is nothing to say.
    QLabel *noticeLabel() const { return m_notice; }

private:
    QWidget *phoneColumn(ReviewPhone *phone, const QString &caption, const QString &emptyText);

    MenuReview m_review;
    ReviewPhone *m_livePhone;
    ReviewPhone *m_newPhone;
    QLabel *m_followers;
    QLabel *m_changes;
    QLabel *m_notice;
};

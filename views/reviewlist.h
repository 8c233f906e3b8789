#pragma once

#include "publishreview.h"

#include <QList>
#include <QScrollArea>

class MenuReviewCard;
class QLabel;
class QVBoxLayout;

/**
 * The review in pictures: one card per menu that changes (MenuReviewCard), then the menus that
 * do not change folded into one line ("2 menus unchanged").
 */
class ReviewList : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReviewList(QWidget *parent = nullptr);

    /// Shows `review`, the phones titled with `accountName`.
    void setReview(const PublishReview &review, const QString &accountName);
    void clear();

    const QList<MenuReviewCard *> &cards() const { return m_cards; }
    /// The card of the document's menu `newMenu` (-1 default), else nullptr.
    MenuReviewCard *cardFor(int newMenu) const;
    /// "n menus unchanged" ("unchangedText"); hidden when every menu changes.
    QLabel *unchangedLabel() const { return m_unchanged; }

private:
    QVBoxLayout *m_layout;
    QList<MenuReviewCard *> m_cards;
    QLabel *m_unchanged;
};

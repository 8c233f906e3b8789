#include "reviewlist.h"

#include "menureviewcard.h"

#include <QLabel>
#include <QVBoxLayout>

ReviewList::ReviewList(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("review"));
    setWidgetResizable(true);
    auto *content = new QWidget;
    m_layout = new QVBoxLayout(content);
    m_unchanged = new QLabel;
    m_unchanged->setObjectName(QStringLiteral("unchangedText"));
    m_unchanged->setVisible(false);
    m_layout->addWidget(m_unchanged);
    m_layout->addStretch();
    setWidget(content);
}

void ReviewList::clear()
{
    for (MenuReviewCard *card : std::as_const(m_cards))
        delete card;
    m_cards.clear();
    m_unchanged->setVisible(false);
}

void ReviewList::setReview(const PublishReview &review, const QString &accountName)
{
    clear();
    int row = 0;
    for (const MenuReview &menu : review.menus()) {
        auto *card = new MenuReviewCard(menu, accountName);
        m_layout->insertWidget(row++, card);
        m_cards.append(card);
    }
    const int unchanged = review.unchangedCount();
    m_unchanged->setText(unchanged == 1 ? tr("1 menu unchanged")
                                        : tr("%1 menus unchanged").arg(unchanged));
    m_unchanged->setVisible(review.unchangedCount() > 0);
}

MenuReviewCard *ReviewList::cardFor(int newMenu) const
{
    for (MenuReviewCard *card : m_cards) {
        if (card->review().newMenu == newMenu)
            return card;
    }
    return nullptr;
}

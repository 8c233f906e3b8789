#include "menureviewcard.h"

#include "reviewphone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

MenuReviewCard::MenuReviewCard(const MenuReview &review, const QString &accountName,
                               QWidget *parent)
    : QFrame(parent)
    , m_review(review)
{
    setObjectName(QStringLiteral("menuReviewCard"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(review.title);
    title->setObjectName(QStringLiteral("menuTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_followers = new QLabel(tr("Who is affected: %1").arg(review.followers));
    m_followers->setObjectName(QStringLiteral("followersText"));
    m_followers->setWordWrap(true);
    layout->addWidget(m_followers);

    m_livePhone = new ReviewPhone;
    m_livePhone->setObjectName(QStringLiteral("livePhone"));
    PreviewOptions liveOptions = review.liveOptions;
    liveOptions.accountName = accountName;
    m_livePhone->setPhone(review.liveButtons, liveOptions);
    m_newPhone = new ReviewPhone;
    m_newPhone->setObjectName(QStringLiteral("newPhone"));
    PreviewOptions newOptions = review.newOptions;
    newOptions.accountName = accountName;
    m_newPhone->setPhone(review.newButtons, newOptions);

    auto *phones = new QHBoxLayout;
    phones->addWidget(
        phoneColumn(m_livePhone, tr("Live now"), tr("Not on the account yet: this menu is new.")));
    auto *arrow = new QLabel(QStringLiteral("→"));
    arrow->setAlignment(Qt::AlignCenter);
    QFont large = arrow->font();
    large.setPointSizeF(large.pointSizeF() * 2);
    arrow->setFont(large);
    phones->addWidget(arrow);
    phones->addWidget(phoneColumn(m_newPhone, tr("After publishing"),
                                  tr("Removed: this menu is no longer on the account.")));
    phones->addStretch();
    layout->addLayout(phones);

    m_changes = new QLabel(review.changes.join(QLatin1Char('\n')));
    m_changes->setObjectName(QStringLiteral("changesText"));
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changes->setVisible(!review.changes.isEmpty());
    layout->addWidget(m_changes);

    m_notice = new QLabel(review.notice);
    m_notice->setObjectName(QStringLiteral("noticeText"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(!review.notice.isEmpty());
    QPalette warning = m_notice->palette();
    warning.setColor(QPalette::WindowText, QColor(0x9a, 0x5b, 0x00));
    m_notice->setPalette(warning);
    layout->addWidget(m_notice);
}

QWidget *MenuReviewCard::phoneColumn(ReviewPhone *phone, const QString &caption,
                                     const QString &emptyText)
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(caption);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    layout->addWidget(phone, 0, Qt::AlignHCenter);
    const bool absent = phone == m_livePhone ? m_review.isAdded() : m_review.isRemoved();
    if (absent) {
        // No phone for a side without the menu: say why in its place.
        phone->setVisible(false);
        auto *empty = new QLabel(emptyText);
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        empty->setFixedSize(phone->sizeHint());
        empty->setFrameShape(QFrame::StyledPanel);
        layout->addWidget(empty);
    }
    return column;
}

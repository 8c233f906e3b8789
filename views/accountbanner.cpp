#include "accountbanner.h"

#include <QHBoxLayout>
#include <QLabel>

AccountBanner::AccountBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("accountBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    m_name = new QLabel;
    m_name->setObjectName(QStringLiteral("accountName"));
    QFont large = m_name->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_name->setFont(large);
    layout->addWidget(m_name);
    m_kind = new QLabel;
    m_kind->setObjectName(QStringLiteral("accountKind"));
    m_kind->setWordWrap(true);
    QFont kindFont = m_kind->font();
    kindFont.setPointSizeF(kindFont.pointSizeF() * 1.2);
    m_kind->setFont(kindFont);
    layout->addWidget(m_kind, 1);
}

void AccountBanner::setAccount(const Account &account)
{
    m_name->setText(account.displayName());
    QPalette colours = palette();
    if (account.isSandbox()) {
        m_kind->setText(tr("Practice account: no follower sees what you publish here."));
        colours.setColor(QPalette::Window, QColor(0xe8, 0xf5, 0xe9));
    } else {
        m_kind->setText(tr("Real account: its followers see what you publish."));
        colours.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xe0));
    }
    colours.setColor(QPalette::WindowText, QColor(0x19, 0x19, 0x19));
    setPalette(colours);
}

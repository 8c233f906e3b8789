#include "detailsfold.h"

#include <QToolButton>
#include <QVBoxLayout>

DetailsFold::DetailsFold(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_toggle = new QToolButton;
    m_toggle->setObjectName(QStringLiteral("foldToggle"));
    m_toggle->setText(title);
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("foldContent"));
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_content->setVisible(false);
    layout->addWidget(m_content, 1);
    connect(m_toggle, &QToolButton::toggled, this, &DetailsFold::setExpanded);
}

void DetailsFold::addWidget(QWidget *widget, int stretch)
{
    m_contentLayout->addWidget(widget, stretch);
}

bool DetailsFold::isExpanded() const
{
    return m_toggle->isChecked();
}

void DetailsFold::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_content->setVisible(expanded);
}

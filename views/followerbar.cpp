#include "followerbar.h"

#include "elidedlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>

FollowerBar::FollowerBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("followerBar"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_active = new QCheckBox(tr("Preview &as a follower with tags"));
    m_active->setObjectName(QStringLiteral("previewAs"));
    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("followerTags"));
    m_tags->setPlaceholderText(tr("e.g. 2,100 (in the order applied)"));
    m_tags->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral(R"(^\s*(\d+\s*(,\s*\d+\s*)*)?,?$)")), m_tags));
    layout->addWidget(m_active, 0, 0);
    layout->addWidget(m_tags, 0, 1, 1, 3);
    m_platform = new QButtonGroup(this);
    const QList<QPair<QString, ClientPlatform>> phones = {{tr("&iOS"), ClientPlatform::Ios},
                                                          {tr("A&ndroid"), ClientPlatform::Android},
                                                          {tr("&Other"), ClientPlatform::Other}};
    for (int i = 0; i < phones.size(); ++i) {
        auto *button = new QRadioButton(phones.at(i).first);
        m_platform->addButton(button, int(phones.at(i).second));
        layout->addWidget(button, 1, 1 + i);
    }
    m_platform->button(int(ClientPlatform::Other))->setChecked(true);
    layout->addWidget(new QLabel(tr("on")), 1, 0, Qt::AlignRight);
    // Two lines kept from the start: ticking the box or a new explanation moves nothing.
    m_explanation = new ElidedLabel(2);
    m_explanation->setObjectName(QStringLiteral("matchExplanation"));
    layout->addWidget(m_explanation, 2, 0, 1, 4);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("tryMatchUser"));
    m_user->setPlaceholderText(tr("OpenID or WeChat ID of a follower"));
    m_ask = new QPushButton(tr("Ask WeChat"));
    m_ask->setToolTip(tr("The account's server says which menu this follower sees (trymatch)."));
    layout->addWidget(m_user, 3, 0, 1, 3);
    layout->addWidget(m_ask, 3, 3);

    connect(m_active, &QCheckBox::toggled, this, &FollowerBar::followerChanged);
    connect(m_tags, &QLineEdit::textChanged, this, [this] {
        if (isActive())
            emit followerChanged();
    });
    connect(m_platform, &QButtonGroup::idClicked, this, [this] {
        if (isActive())
            emit followerChanged();
    });
    connect(m_ask, &QPushButton::clicked, this, [this] {
        if (!m_user->text().trimmed().isEmpty())
            emit tryMatchRequested(m_user->text().trimmed());
    });
    connect(m_user, &QLineEdit::returnPressed, m_ask, &QPushButton::click);
}

bool FollowerBar::isActive() const
{
    return m_active->isChecked();
}

void FollowerBar::setActive(bool active)
{
    m_active->setChecked(active);
}

QStringList FollowerBar::tags() const
{
    QStringList ids;
    for (const QString &part : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            ids.append(part.trimmed());
    }
    return ids;
}

ClientPlatform FollowerBar::platform() const
{
    return ClientPlatform(m_platform->checkedId());
}

void FollowerBar::setFollower(const QStringList &tags, ClientPlatform platform)
{
    m_tags->setText(tags.join(QLatin1Char(',')));
    m_platform->button(int(platform))->setChecked(true);
    if (isActive())
        emit followerChanged();
}

void FollowerBar::setExplanation(const QString &text)
{
    m_explanation->setText(text);
    m_explanation->setToolTip(text);
}

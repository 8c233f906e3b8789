#include "previewforbox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

PreviewForBox::PreviewForBox(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("previewForBox"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_combo = new QComboBox;
    m_combo->setObjectName(QStringLiteral("previewFor"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(14);
    m_combo->setToolTip(tr("The phone shows the menu filled in with this account's variables "
                           "(Manage Accounts); the buttons and the form keep the ${…} as "
                           "written."));
    m_label = new QLabel(tr("Previe&w for:"));
    m_label->setBuddy(m_combo);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    layout->addStretch(1);
    setChoices({});
    connect(m_combo, &QComboBox::currentIndexChanged, this, &PreviewForBox::chosen);
}

void PreviewForBox::setChoices(const QList<Choice> &choices)
{
    const QString group = this->group();
    const QString account = this->account();
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("The menu as written"));
    int keep = 0;
    for (const Choice &choice : choices) {
        m_combo->addItem(choice.text, QStringList{choice.group, choice.account});
        if (choice.group == group && choice.account == account)
            keep = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(keep);
    // Without a group there is nothing to choose; the row keeps its place.
    m_combo->setEnabled(!choices.isEmpty());
    m_label->setEnabled(!choices.isEmpty());
    if (keep == 0 && !account.isEmpty())
        emit chosen(); // the chosen account is gone
}

QString PreviewForBox::group() const
{
    return m_combo->currentData().toStringList().value(0);
}

QString PreviewForBox::account() const
{
    return m_combo->currentData().toStringList().value(1);
}

bool PreviewForBox::choose(const QString &text)
{
    const int index = m_combo->findText(text);
    if (index < 0)
        return false;
    m_combo->setCurrentIndex(index);
    return true;
}

#include "historydialog.h"

#include <publishhistory.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(PublishHistory *history, const Account &account, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Publish History of %1").arg(account.displayName()));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The menus the account had before each publish. Open one to "
                                    "look at it, or to publish it back.")));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("historyList"));
    for (const PublishHistory::Entry &entry :
         history->entries(PublishHistory::accountKey(account))) {
        auto *item =
            new QListWidgetItem(tr("Before the publish of %1")
                                    .arg(QLocale().toString(entry.savedAt, QLocale::LongFormat)));
        item->setData(Qt::UserRole, entry.fileName);
        item->setToolTip(entry.fileName);
        m_list->addItem(item);
    }
    if (m_list->count() == 0)
        m_list->addItem(tr("Nothing published from WeMenu to this account yet."));
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close);
    layout->addWidget(buttons);
    const auto open = [this] {
        const QListWidgetItem *item = m_list->currentItem();
        if (item && !item->data(Qt::UserRole).toString().isEmpty()) {
            emit openRequested(item->data(Qt::UserRole).toString());
            accept();
        }
    };
    connect(buttons, &QDialogButtonBox::accepted, this, open);
    connect(m_list, &QListWidget::itemActivated, this, open);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 2);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    QSet<const QAction *> seen;
    for (const QAction *action : actions) {
        if (!action || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        QString keys;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            keys = keys.isEmpty() ? text : tr("%1 or %2").arg(keys, text);
        }
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(actionName(action)));
        m_table->setItem(row, 1, new QTableWidgetItem(keys));
    }
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString ShortcutsDialog::actionName(const QAction *action)
{
    QString name = action->iconText();
    // "新建(&N)": the mnemonic in brackets, as Chinese menus write it.
    const QString open = QStringLiteral("(&");
    for (qsizetype at = name.indexOf(open); at >= 0; at = name.indexOf(open, at)) {
        if (at + 3 < name.size() && name.at(at + 3) == QLatin1Char(')'))
            name.remove(at, 4);
        else
            ++at;
    }
    name.remove(QLatin1Char('&'));
    name.remove(QChar(0x2026)); // "…"
    name.remove(QStringLiteral("..."));
    return name.trimmed();
}

#include "variablestable.h"

#include <QHeaderView>

VariablesTable::VariablesTable(QWidget *parent)
    : QTableWidget(0, 2, parent)
{
    setHorizontalHeaderLabels({tr("Variable"), tr("Value")});
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setToolTip(tr("A menu uses a variable as ${name} in a button's name, link, key or other "
                  "field, or in a tag of a conditional menu."));
    connect(this, &QTableWidget::itemChanged, this, &VariablesTable::keepEmptyRow);
    keepEmptyRow();
}

void VariablesTable::setVariables(const QMap<QString, QString> &variables)
{
    const QSignalBlocker blocker(this);
    setRowCount(0);
    for (auto it = variables.constBegin(); it != variables.constEnd(); ++it) {
        const int row = rowCount();
        insertRow(row);
        setItem(row, 0, new QTableWidgetItem(it.key()));
        setItem(row, 1, new QTableWidgetItem(it.value()));
    }
    keepEmptyRow();
}

QMap<QString, QString> VariablesTable::variables() const
{
    QMap<QString, QString> result;
    for (int row = 0; row < rowCount(); ++row) {
        const QString name = item(row, 0) ? item(row, 0)->text().trimmed() : QString();
        if (!name.isEmpty())
            result.insert(name, item(row, 1) ? item(row, 1)->text() : QString());
    }
    return result;
}

void VariablesTable::setVariable(const QString &name, const QString &value)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, 0) && item(row, 0)->text().trimmed() == name) {
            setItem(row, 1, new QTableWidgetItem(value));
            return;
        }
    }
    const int row = rowCount() - 1; // the empty row
    const QSignalBlocker blocker(this);
    setItem(row, 0, new QTableWidgetItem(name));
    setItem(row, 1, new QTableWidgetItem(value));
    keepEmptyRow();
}

void VariablesTable::keepEmptyRow()
{
    const int last = rowCount() - 1;
    const bool lastEmpty = last >= 0 && (!item(last, 0) || item(last, 0)->text().isEmpty()) &&
                           (!item(last, 1) || item(last, 1)->text().isEmpty());
    if (lastEmpty)
        return;
    const QSignalBlocker blocker(this);
    insertRow(rowCount());
}

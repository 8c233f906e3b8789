#pragma once

#include <QMap>
#include <QTableWidget>

/**
 * A table of `${variable}` names and values (one per row) with an empty row at the end to
 * type a new one. Rows without a name are left out of variables().
 */
class VariablesTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit VariablesTable(QWidget *parent = nullptr);

    void setVariables(const QMap<QString, QString> &variables);
    QMap<QString, QString> variables() const;
    /// Sets `name` to `value`, in its row or a new one.
    void setVariable(const QString &name, const QString &value);

private:
    /// Keeps one empty row at the end.
    void keepEmptyRow();
};

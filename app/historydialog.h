#pragma once

#include <QDialog>

class PublishHistory;
class QListWidget;

/// The live states saved before each publish to an account; each opens as a document.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(PublishHistory *history, const QString &account, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

signals:
    void openRequested(const QString &fileName);

private:
    QListWidget *m_list;
};

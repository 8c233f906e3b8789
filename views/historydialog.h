#pragma once

#include <QDialog>

struct Account;

class PublishHistory;
class QListWidget;

/// The live states saved before each publish to an account; each opens as a document.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// The saved states of `account`, found by its AppID.
    HistoryDialog(PublishHistory *history, const Account &account, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

signals:
    void openRequested(const QString &fileName);

private:
    QListWidget *m_list;
};

#pragma once

#include <QDialog>
#include <QHash>

struct Account;
struct DocumentData;

class PublishHistory;
class QListWidget;
class QPushButton;

/**
 * The publish history of an account as a timeline, newest first: each entry is the menus the
 * account had before a publish, with its time, the account, a thumbnail of the default menu
 * and what that publish changed in words (MenuChanges between consecutive states). An entry
 * opens as a document, or is restored through the Compare and Publish review.
 */
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    /// Item data roles of list(): the snapshot's file and the change in words.
    enum Role { FileRole = Qt::UserRole, ChangesRole };

    /// The saved states of `account`, found by its AppID; `tagNames` names tags in the labels.
    HistoryDialog(PublishHistory *history, const Account &account, QWidget *parent = nullptr,
                  const QHash<QString, QString> &tagNames = {});

    QListWidget *list() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }

    /// The thumbnail of `data`'s default menu: the lower part of the phone preview (the menu
    /// bar), small.
    static QPixmap thumbnail(const DocumentData &data, const QString &accountName);

signals:
    void openRequested(const QString &fileName);
    /// Restore the menus of `fileName`: review them in Compare and Publish first.
    void restoreRequested(const QString &fileName);

private:
    QString currentFile() const;

    QListWidget *m_list;
    QPushButton *m_restore;
};

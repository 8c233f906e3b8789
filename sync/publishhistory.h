#pragma once

#include <documentdata.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The live states saved before each publish, one folder per account, each a WeMenu document
 * that can be opened and published back.
 */
class PublishHistory
{
    Q_DECLARE_TR_FUNCTIONS(PublishHistory)

public:
    struct Entry
    {
        QString fileName;
        QDateTime savedAt;
    };

    /// `directory` holds the accounts' folders (the app's data folder + "/history").
    explicit PublishHistory(const QString &directory);

    /// The default place: the application data folder.
    static QString defaultDirectory();

    /// Saves `live` for `account`; false with `error` set when it cannot (then do not publish).
    bool save(const QString &account, const DocumentData &live, QString *savedAs,
              QString *error) const;
    /// The saved states of `account`, newest first.
    QList<Entry> entries(const QString &account) const;

private:
    QString folderFor(const QString &account) const;

    QString m_directory;
};

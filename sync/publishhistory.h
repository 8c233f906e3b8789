#pragma once

#include "account.h"

#include <documentdata.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * The live states saved before each publish, one folder per AppID (whichever way the account
 * was named: a saved account, the command line's --appid), each a WeMenu document that can be
 * opened and published back. Beside each snapshot lies the document that publish sent, names
 * included (published/NAME), from which a pull names the live conditional menus.
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

    /// The key an account's history is kept under: its AppID; its name only when it has none
    /// (a token service or a given token without an AppID).
    static QString accountKey(const Account &account);
    static QString accountKey(const QString &appId, const QString &fallback);

    /// Saves `live` under `appId` (an accountKey()); false with `error` set when it cannot
    /// (then do not publish).
    bool save(const QString &appId, const DocumentData &live, QString *savedAs,
              QString *error) const;
    /// Records `published`, the document a publish sends (names included), beside the
    /// snapshot `snapshotFile` that save() wrote before it; false with `error` set when it
    /// cannot.
    bool recordPublished(const QString &snapshotFile, const DocumentData &published,
                         QString *error) const;
    /// Names each conditional menu of `live` from the newest published document under `appId`
    /// that holds a menu of equal content (equal buttons and match rule): that menu's name, or
    /// none when no record holds one.
    void nameMenus(const QString &appId, DocumentData *live) const;
    /// The saved states under `appId` (an accountKey()), newest first.
    QList<Entry> entries(const QString &appId) const;
    /// One entry of the timeline: the menus before a publish and what that publish left live.
    struct Version
    {
        Entry entry;
        bool ok = false; ///< `before` could be read
        QString error;   ///< why not, when not
        DocumentData before;
        bool hasAfter = false; ///< `after` is known
        DocumentData after;
    };
    /**
     * The saved states under `appId` as a timeline, newest first, each with the state the
     * publish that followed it left live: the next newer snapshot, or for the newest the
     * document that publish sent (unknown when neither can be read). Conditional menus are
     * named as nameMenus() names them. Reads each file once.
     */
    QList<Version> timeline(const QString &appId) const;
    /// The snapshot of `entry`, its conditional menus named as nameMenus() names them.
    bool read(const QString &appId, const Entry &entry, DocumentData *data, QString *error) const;
    /// The folder of `appId`'s saved states (it may not exist yet).
    QString folderFor(const QString &appId) const;

private:
    QString m_directory;
};

#pragma once

#include "campaign.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/**
 * The campaigns on this computer: one JSON file per campaign (ID.json) in a folder, by default
 * `campaigns/` under the app's data folder (tests redirect it with XDG_DATA_HOME or
 * QStandardPaths' test mode). Files are written atomically. A file that does not read as a
 * campaign is reported and left as it is; the others are still read.
 */
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)

public:
    /// A file that could not be read as a campaign.
    struct Problem
    {
        QString file;
        QString message; ///< names the file and what is wrong (line/column or field)
    };

    explicit CampaignStore(const QString &directory);

    /// The app's data folder + "/campaigns".
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /// Every campaign, by start time; unreadable files go to `problems` (may be null).
    QList<Campaign> load(QList<Problem> *problems = nullptr) const;
    /// One campaign by id; false with `error` set when it is missing or unreadable.
    bool read(const QString &id, Campaign *campaign, QString *error) const;
    /// Writes the campaign's file atomically; false with `error` set when it cannot.
    bool save(const Campaign &campaign, QString *error) const;
    /// Removes the campaign's file.
    bool remove(const QString &id, QString *error) const;
    /// A new id no campaign of the store has: 8 lowercase hex digits.
    QString newId() const;
    /// The file of campaign `id`.
    QString fileFor(const QString &id) const;
    /// The lock file that keeps two runs of due steps apart.
    QString lockFile() const;

    /// The earliest time a step of any campaign is to run, invalid when no step is left.
    QDateTime nextStepTime() const;

private:
    QString m_directory;
};

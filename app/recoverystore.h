#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

/**
 * Unsaved edits on disk, so that a crash loses nothing.
 *
 * Each running editor owns a session in `directory`: a lock file held while it runs, the
 * document as last autosaved, and a small note with the file it belongs to. A session whose
 * lock is stale (its editor died) is offered back at the next start.
 */
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    struct Entry
    {
        QString session;      ///< the session id, to discard the entry
        QString originalFile; ///< the file the edits belong to, empty for an untitled document
        QDateTime savedAt;
        QByteArray document; ///< the document in WeMenu's file format
    };

    explicit RecoveryStore(const QString &directory);
    ~RecoveryStore();

    QString directory() const { return m_directory; }

    /// Writes the autosave of this editor's session atomically; false when it cannot.
    bool write(const QByteArray &document, const QString &originalFile);
    /// Forgets this session's autosave (after a save, or when the edits are undone).
    void clear();
    bool hasAutosave() const;

    /// Autosaves left behind by editors that are no longer running, newest first.
    QList<Entry> orphaned() const;
    void discard(const Entry &entry) const;
    /// The question that offers `entry` back to the user.
    static QString question(const Entry &entry);

private:
    bool ensureSession();
    QString pathFor(const QString &session, const QString &suffix) const;

    QString m_directory;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
};

#pragma once

#include "linkresult.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

/**
 * Asks web links whether they answer: HEAD, then GET (reading at most a few KB) when HEAD
 * answers an error status, since many servers refuse HEAD alone; redirects followed up to 5;
 * TLS verified, never ignored. At most 8 links at once and 2 per host name; each link has a
 * deadline. Results are kept per URL for ten minutes. Only http and https links are asked.
 *
 * The network manager is the caller's: give it a proxy factory that honours the system proxy
 * (LoopbackProxyFactory), since links lead to the internet.
 */
class LinkChecker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxRunning = 8;
    static constexpr int kMaxPerHost = 2;
    static constexpr int kMaxRedirects = 5;
    static constexpr int kBodyLimit = 4096;
    static constexpr int kDefaultTimeoutMs = 5000;
    static constexpr int kCacheSeconds = 10 * 60;

    explicit LinkChecker(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~LinkChecker() override;

    /// The deadline of each link, from its first request to its answer.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    /// The clock the cache ages by (the current time by default).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    void setUserAgent(const QString &userAgent) { m_userAgent = userAgent; }
    QString userAgent() const { return m_userAgent; }
    /// "WeMenu/VERSION (link check)", the version of the running application.
    static QString defaultUserAgent();

    /**
     * Asks `url`, unless it was asked less than ten minutes ago (then its result is emitted
     * again, from the event loop) or is being asked. False, and nothing asked, for a link that
     * is not http or https.
     */
    bool check(const QString &url);
    /// The result kept for `url`, if it was asked less than ten minutes ago.
    std::optional<LinkResult> cachedResult(const QString &url) const;
    /// Whether `url` waits or is being asked.
    bool isChecking(const QString &url) const;
    /// Links waiting or being asked.
    int pendingCount() const { return m_queue.size() + m_running.size(); }
    /// Replies of answered links that are still being ended (aborted, then deleted).
    int endingCount() const { return int(m_ending.size()); }
    /// Forgets every kept result.
    void clearCache() { m_cache.clear(); }

signals:
    /// One link's result; emitted once for each check() that did not return false.
    void finished(const QString &url, const LinkResult &result);
    /// Nothing waits, nothing is being asked and every reply has been deleted: the network
    /// access manager can go (a reply still ending would leave its request in Qt's network
    /// thread).
    void idle();

private:
    struct Job
    {
        QString url;
        QString host;
        bool get = false;       ///< HEAD failed; GET is being asked
        bool tlsFailed = false; ///< the TLS handshake reported errors
        QString tlsErrors;
        QPointer<QNetworkReply> reply;
        QTimer *deadline = nullptr;
    };
    struct Kept
    {
        LinkResult result;
        QDateTime at;
    };

    void startNext();
    void start(Job *job);
    void send(Job *job);
    void replyFinished(Job *job);
    void readStarted(Job *job);
    void timedOut(Job *job);
    void finish(Job *job, const LinkResult &result);
    void end(QNetworkReply *reply);
    void emitIdleWhenDone();
    LinkResult failure(Job *job, QNetworkReply *reply) const;
    int runningFor(const QString &host) const;

    QNetworkAccessManager *m_network;
    int m_timeoutMs = kDefaultTimeoutMs;
    std::function<QDateTime()> m_clock;
    QString m_userAgent;
    QList<Job *> m_queue;
    QList<Job *> m_running;
    QHash<QString, Kept> m_cache;
    QSet<QObject *> m_ending;
};

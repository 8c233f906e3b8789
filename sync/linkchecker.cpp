#include "linkchecker.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrl>

namespace {

bool isWebLink(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

LinkChecker::LinkChecker(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_userAgent(defaultUserAgent())
{
    qRegisterMetaType<LinkResult>();
}

LinkChecker::~LinkChecker()
{
    for (Job *job : std::as_const(m_running)) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
        }
        delete job;
    }
    qDeleteAll(m_queue);
}

QString LinkChecker::defaultUserAgent()
{
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral("WeMenu (link check)")
                             : QStringLiteral("WeMenu/%1 (link check)").arg(version);
}

bool LinkChecker::check(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!isWebLink(parsed))
        return false;
    if (const std::optional<LinkResult> kept = cachedResult(url)) {
        QMetaObject::invokeMethod(
            this, [this, url, result = *kept] { emit finished(url, result); },
            Qt::QueuedConnection);
        return true;
    }
    if (isChecking(url))
        return true;
    auto *job = new Job;
    job->url = url;
    job->host = parsed.host().toLower();
    m_queue.append(job);
    startNext();
    return true;
}

std::optional<LinkResult> LinkChecker::cachedResult(const QString &url) const
{
    const auto it = m_cache.constFind(url);
    if (it == m_cache.constEnd() || it->at.secsTo(m_clock()) >= kCacheSeconds)
        return std::nullopt;
    return it->result;
}

bool LinkChecker::isChecking(const QString &url) const
{
    const auto same = [&url](const Job *job) { return job->url == url; };
    return std::any_of(m_queue.cbegin(), m_queue.cend(), same) ||
           std::any_of(m_running.cbegin(), m_running.cend(), same);
}

int LinkChecker::runningFor(const QString &host) const
{
    return int(std::count_if(m_running.cbegin(), m_running.cend(),
                             [&host](const Job *job) { return job->host == host; }));
}

void LinkChecker::startNext()
{
    for (int i = 0; i < m_queue.size() && m_running.size() < kMaxRunning;) {
        Job *job = m_queue.at(i);
        if (runningFor(job->host) >= kMaxPerHost) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        m_running.append(job);
        start(job);
    }
}

void LinkChecker::start(Job *job)
{
    job->deadline = new QTimer(this);
    job->deadline->setSingleShot(true);
    connect(job->deadline, &QTimer::timeout, this, [this, job] { timedOut(job); });
    job->deadline->start(m_timeoutMs);
    send(job);
}

void LinkChecker::send(Job *job)
{
    QNetworkRequest request(QUrl(job->url.trimmed()));
    request.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(kMaxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    QNetworkReply *reply = job->get ? m_network->get(request) : m_network->head(request);
    job->reply = reply;
    if (job->get) {
        // Never more than a few KB of a page: the status is all that is wanted.
        reply->setReadBufferSize(kBodyLimit);
        connect(reply, &QNetworkReply::readyRead, this, [this, job] { readStarted(job); });
    }
    // Certificate problems are recorded, never ignored: the handshake then fails.
    connect(reply, &QNetworkReply::sslErrors, this, [job](const QList<QSslError> &errors) {
        job->tlsFailed = true;
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        job->tlsErrors = texts.join(QStringLiteral("; "));
    });
    connect(reply, &QNetworkReply::finished, this, [this, job] { replyFinished(job); });
}

void LinkChecker::readStarted(Job *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    LinkResult result;
    result.status = status.toInt();
    result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    result.outcome = result.status >= 400 ? LinkResult::Outcome::Status : LinkResult::Outcome::Ok;
    finish(job, result);
}

void LinkChecker::replyFinished(Job *job)
{
    QNetworkReply *reply = job->reply;
    if (!reply)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = reply->error();
    const bool transportFailed =
        error != QNetworkReply::NoError &&
        (!status.isValid() || error == QNetworkReply::TooManyRedirectsError ||
         error == QNetworkReply::InsecureRedirectError);
    if (transportFailed) {
        finish(job, failure(job, reply));
        return;
    }
    LinkResult result;
    result.status = status.toInt();
    result.reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    if (result.status >= 400 && !job->get) {
        // Many servers refuse HEAD alone (405, 403, 404, 500...): ask the page itself.
        end(reply);
        job->reply = nullptr;
        job->get = true;
        send(job);
        return;
    }
    result.outcome = result.status >= 400 ? LinkResult::Outcome::Status : LinkResult::Outcome::Ok;
    finish(job, result);
}

LinkResult LinkChecker::failure(Job *job, QNetworkReply *reply) const
{
    LinkResult result;
    result.outcome = LinkResult::Outcome::Unreachable;
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        result.outcome = LinkResult::Outcome::Tls;
        result.detail = job->tlsFailed ? job->tlsErrors : reply->errorString();
        break;
    case QNetworkReply::ConnectionRefusedError:
        result.detail = tr("the server refused the connection");
        break;
    case QNetworkReply::HostNotFoundError:
        result.detail = tr("no server has this name");
        break;
    case QNetworkReply::RemoteHostClosedError:
        result.detail = tr("the server closed the connection without an answer");
        break;
    case QNetworkReply::TooManyRedirectsError:
        result.detail = tr("it redirects more than %1 times (a redirect loop?)").arg(kMaxRedirects);
        break;
    case QNetworkReply::InsecureRedirectError:
        result.detail = tr("it redirects from https to an insecure http page");
        break;
    default:
        if (job->tlsFailed) {
            result.outcome = LinkResult::Outcome::Tls;
            result.detail = job->tlsErrors;
        } else {
            result.detail = reply->errorString();
        }
        break;
    }
    return result;
}

void LinkChecker::timedOut(Job *job)
{
    LinkResult result;
    result.outcome = LinkResult::Outcome::Unreachable;
    result.detail =
        tr("no answer within %n second(s)", nullptr, qMax(1, (m_timeoutMs + 999) / 1000));
    finish(job, result);
}

void LinkChecker::finish(Job *job, const LinkResult &result)
{
    if (!m_running.removeOne(job))
        return;
    if (QNetworkReply *reply = job->reply)
        end(reply);
    job->deadline->stop();
    job->deadline->deleteLater();
    const QString url = job->url;
    delete job;
    m_cache.insert(url, {result, m_clock()});
    emit finished(url, result);
    startNext();
    emitIdleWhenDone();
}

void LinkChecker::end(QNetworkReply *reply)
{
    reply->disconnect(this);
    m_ending.insert(reply);
    connect(reply, &QObject::destroyed, this, [this, reply] {
        m_ending.remove(reply);
        emitIdleWhenDone();
    });
    if (reply->isFinished()) {
        reply->deleteLater();
        return;
    }
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    // Aborted from the event loop: aborting inside the reply's own signal makes Qt report the
    // end twice. A reply that already holds an error (a 404 page still arriving) has its end
    // on the way from the network thread, and aborting it would report a second error.
    QMetaObject::invokeMethod(
        reply,
        [reply] {
            if (reply->isRunning() && reply->error() == QNetworkReply::NoError)
                reply->abort();
        },
        Qt::QueuedConnection);
}

void LinkChecker::emitIdleWhenDone()
{
    if (m_queue.isEmpty() && m_running.isEmpty() && m_ending.isEmpty())
        emit idle();
}

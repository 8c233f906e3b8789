#include "linkcheckrun.h"

#include "cli.h"

#include <linkchecker.h>
#include <linkissues.h>
#include <loopbackproxyfactory.h>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>

namespace {

/**
 * The network access of the command line's link checks, kept until the process ends. The
 * command exits right after its check; destroying the access first would stop Qt's network
 * thread at once, and that thread drops whatever it has not handled yet: the abort of a page
 * whose status was all that was wanted, and with it the request.
 */
QNetworkAccessManager *commandNetwork()
{
    static QNetworkAccessManager *const network = [] {
        auto *access = new QNetworkAccessManager;
        access->setProxyFactory(new LoopbackProxyFactory); // the system proxy, loopback direct
        return access;
    }();
    return network;
}

} // namespace

LinkCheckRun::LinkCheckRun()
    : m_checkLinks(QStringLiteral("check-links"),
                   Cli::tr("Also ask every link whether it answers (warnings only)."))
    , m_timeout(QStringLiteral("link-timeout"),
                Cli::tr("Seconds each link may take to answer (default 5)."), QStringLiteral("S"))
    , m_timeoutMs(LinkChecker::kDefaultTimeoutMs)
{}

void LinkCheckRun::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(m_checkLinks);
    parser.addOption(m_timeout);
}

bool LinkCheckRun::readOptions(const QCommandLineParser &parser, QString *error)
{
    m_enabled = parser.isSet(m_checkLinks);
    if (!parser.isSet(m_timeout))
        return true;
    bool ok = false;
    const double seconds = parser.value(m_timeout).toDouble(&ok);
    if (!ok || !(seconds > 0) || seconds > 600) {
        *error = Cli::tr("--link-timeout needs a number of seconds above 0 and at most 600, not "
                         "\"%1\".")
                     .arg(parser.value(m_timeout));
        return false;
    }
    if (!m_enabled) {
        *error = Cli::tr("--link-timeout goes with --check-links.");
        return false;
    }
    m_timeoutMs = qMax(1, int(seconds * 1000));
    return true;
}

QString LinkCheckRun::usage()
{
    return Cli::tr("\n"
                   "Links (nothing is asked without --check-links):\n"
                   "  --check-links      also ask every url of view and miniprogram buttons\n"
                   "                     (HEAD, then GET; up to 5 redirects; 8 at once, 2 per\n"
                   "                     host); problems are warnings: link.status,\n"
                   "                     link.unreachable, link.tls. The system proxy is used.\n"
                   "  --link-timeout S   seconds each link may take (default 5)\n");
}

IssueList LinkCheckRun::run(const DocumentData &data) const
{
    if (!m_enabled)
        return {};
    const QList<LinkTarget> targets = LinkIssues::targets(data);
    if (targets.isEmpty())
        return {};
    LinkChecker checker(commandNetwork());
    checker.setTimeout(m_timeoutMs);
    QHash<QString, LinkResult> results;
    QEventLoop loop;
    QObject::connect(
        &checker, &LinkChecker::finished, &loop,
        [&results](const QString &url, const LinkResult &result) { results.insert(url, result); });
    QObject::connect(&checker, &LinkChecker::idle, &loop, &QEventLoop::quit);
    for (const LinkTarget &target : targets)
        checker.check(target.url);
    if (checker.pendingCount() > 0)
        loop.exec(); // until every reply is deleted (LinkChecker::idle)

    IssueList issues;
    for (const LinkTarget &target : targets) {
        if (const std::optional<Issue> issue =
                LinkIssues::issue(target.path, results.value(target.url)))
            issues.append(*issue);
    }
    return issues;
}

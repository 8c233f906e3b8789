#include "linkchecks.h"

#include "issuespanel.h"
#include "linkcheckpreference.h"
#include "prompter.h"

#include <linkchecker.h>
#include <linkissues.h>
#include <linktargets.h>
#include <loopbackproxyfactory.h>
#include <menudocument.h>
#include <privateaddress.h>

#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QUrl>

LinkChecks::LinkChecks(LinkChecker *checker, Prompter *prompter, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_checker(checker)
    , m_prompter(prompter)
    , m_window(window)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDefaultDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &LinkChecks::checkDocument);
    connect(m_checker, &LinkChecker::finished, this, &LinkChecks::answered);
}

LinkChecks *LinkChecks::create(Prompter *prompter, QWidget *window, QObject *parent)
{
    // Links lead to the internet: the system proxy, loopback direct.
    auto *network = new QNetworkAccessManager;
    network->setProxyFactory(new LoopbackProxyFactory);
    auto *checker = new LinkChecker(network);
    network->setParent(checker); // the checker goes first, then its network
    auto *checks = new LinkChecks(checker, prompter, window, parent);
    checker->setParent(checks); // no answer reaches the checks once they go
    checks->setEnabled(linkChecksEnabled());
    return checks;
}

void LinkChecks::setDocument(MenuDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document)
        return;
    connect(document, &MenuDocument::changed, this, [this] {
        if (m_enabled)
            m_delay.start();
    });
    publishIssues();
    if (m_enabled)
        m_delay.start();
}

void LinkChecks::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (enabled) {
        m_delay.start();
    } else {
        m_delay.stop();
    }
    publishIssues();
    emit statesChanged();
}

LinkChecks::State LinkChecks::state(const QString &url) const
{
    const QString link = url.trimmed();
    if (!m_enabled || link.isEmpty())
        return State::None;
    if (m_checking.contains(link))
        return State::Checking;
    if (m_notAsked.contains(link))
        return State::NotAsked;
    const auto it = m_results.constFind(link);
    if (it == m_results.constEnd())
        return State::None;
    return it->isOk() ? State::Fine : State::Problem;
}

QString LinkChecks::message(const QString &url) const
{
    switch (state(url)) {
    case State::None:
        return {};
    case State::Checking:
        return tr("Checking the link…");
    case State::Fine:
        return tr("The page answers.");
    case State::Problem:
        return LinkIssues::message(m_results.value(url.trimmed()));
    case State::NotAsked:
        return tr("Not checked: the link leads to this computer or your own network.");
    }
    return {};
}

void LinkChecks::checkAll(std::function<void()> done)
{
    if (!m_enabled || !m_document) {
        done();
        return;
    }
    m_delay.stop();
    m_whenDone.append(std::move(done));
    checkDocument();
    settle();
}

void LinkChecks::confirmBeforePublish(std::function<void()> proceed)
{
    checkAll([this, self = QPointer<LinkChecks>(this), proceed] {
        if (!self)
            return;
        QStringList problems;
        if (m_enabled && m_document) {
            for (const Issue &issue : m_document->issues()) {
                if (issue.rule.startsWith(QLatin1String("link.")))
                    problems.append(QStringLiteral("• %1: %2")
                                        .arg(IssuesPanel::describePath(*m_document, issue.path),
                                             issue.message));
            }
        }
        if (problems.isEmpty() ||
            m_prompter->askYesNo(
                m_window, tr("Compare and Publish"),
                tr("%n link(s) of this menu lead nowhere:", nullptr, int(problems.size())) +
                    QStringLiteral("\n\n") + problems.join(QLatin1Char('\n')) +
                    QStringLiteral("\n\n") +
                    tr("Followers who tap these buttons will not see the page. Compare and "
                       "publish anyway?")))
            proceed();
    });
    if (isBusy())
        emit statusMessage(tr("Checking every link before Compare and Publish…"));
}

void LinkChecks::checkDocument()
{
    if (!m_enabled || !m_document)
        return;
    QSet<QString> seen;
    for (const LinkTarget &target : LinkTargets::of(m_document->data())) {
        if (seen.contains(target.url))
            continue;
        seen.insert(target.url);
        // Known and recent, being asked, or declined: nothing to ask.
        if ((m_results.contains(target.url) && m_checker->cachedResult(target.url)) ||
            m_checking.contains(target.url) || m_notAsked.contains(target.url))
            continue;
        ask(target.url);
    }
    emit statesChanged();
}

void LinkChecks::ask(const QString &url)
{
    const QString host = QUrl(url).host().toLower();
    if (host.isEmpty())
        return;
    m_checking.insert(url);
    const auto consent = m_consent.constFind(host);
    if (consent != m_consent.constEnd() && *consent == Consent::Yes) {
        m_checker->check(url);
        return;
    }
    if (consent != m_consent.constEnd() && *consent == Consent::No) {
        m_checking.remove(url);
        m_notAsked.insert(url);
        return;
    }
    // Unknown, or the question is open: the link waits for its host.
    const bool lookingUp = m_waitingForHost.contains(host);
    m_waitingForHost[host].append(url);
    if (lookingUp)
        return;
    const QHostAddress literal(host.startsWith(QLatin1Char('[')) ? host.mid(1, host.size() - 2)
                                                                 : host);
    if (!literal.isNull()) {
        consentGiven(host, PrivateAddress::isPrivate(literal));
        return;
    }
    QHostInfo::lookupHost(host, this,
                          [this, host](const QHostInfo &info) { hostResolved(host, info); });
}

void LinkChecks::hostResolved(const QString &host, const QHostInfo &info)
{
    const QList<QHostAddress> addresses = info.addresses();
    const bool isPrivate =
        std::any_of(addresses.cbegin(), addresses.cend(),
                    [](const QHostAddress &a) { return PrivateAddress::isPrivate(a); });
    consentGiven(host, isPrivate);
}

void LinkChecks::consentGiven(const QString &host, bool isPrivate)
{
    bool allowed = true;
    if (isPrivate) {
        m_consent.insert(host, Consent::Asking);
        allowed = m_prompter->askYesNo(
            m_window, tr("Check a Link on Your Network?"),
            tr("A link of this menu leads to %1, which is this computer or a computer on your "
               "own network. Should WeMenu ask it whether the page answers?\n\nFollowers' "
               "phones cannot reach such an address.")
                .arg(host));
    }
    // A host that is not private is looked up again next time: its address may change.
    if (isPrivate)
        m_consent.insert(host, allowed ? Consent::Yes : Consent::No);
    const QStringList urls = m_waitingForHost.take(host);
    for (const QString &url : urls) {
        if (!m_checking.contains(url))
            continue;
        if (allowed && m_enabled) {
            m_checker->check(url);
        } else {
            m_checking.remove(url);
            if (!allowed)
                m_notAsked.insert(url);
        }
    }
    emit statesChanged();
    settle();
}

void LinkChecks::answered(const QString &url, const LinkResult &result)
{
    if (!m_checking.remove(url))
        return; // not asked here
    m_results.insert(url, result);
    publishIssues();
    emit statesChanged();
    settle();
}

void LinkChecks::publishIssues()
{
    if (!m_document)
        return;
    QHash<QString, Issue> byUrl;
    if (m_enabled) {
        for (auto it = m_results.constBegin(); it != m_results.constEnd(); ++it) {
            if (const std::optional<Issue> issue = LinkIssues::issue(QString(), it.value()))
                byUrl.insert(it.key(), *issue);
        }
    }
    m_document->setLinkIssues(byUrl);
}

void LinkChecks::settle()
{
    if (!m_checking.isEmpty() || m_whenDone.isEmpty())
        return;
    const QList<std::function<void()>> done = std::exchange(m_whenDone, {});
    for (const std::function<void()> &callback : done)
        callback();
}

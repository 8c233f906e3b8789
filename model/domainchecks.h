#pragma once

#include "buttonpath.h"
#include "issuecollector.h"
#include "menu.h"

#include <QByteArray>
#include <QHash>

/**
 * The rule across all conditional menus: together they link to at most 3 registrable domains.
 *
 * It runs in two steps so that a menu's links can be kept while the menu does not change:
 * links() finds the domains one menu links to, check() counts them over all menus.
 */
class DomainChecks
{
public:
    /// A link of a conditional menu that counts towards the rule.
    struct Link
    {
        QString domain; ///< its registrable domain, never empty
        ButtonPath at;  ///< the button that holds it
    };
    /// Registrable domains already looked up, per host (see linkHost()).
    using HostCache = QHash<QByteArray, QString>;

    explicit DomainChecks(IssueCollector &issues)
        : m_issues(issues)
    {}

    /// The links (web pages and Mini Programs) of conditional menu `index` that have a
    /// registrable domain, in the order of its buttons; `hosts` keeps the look-ups.
    static QList<Link> links(const Menu &menu, int index, HostCache &hosts);
    /// Counts the domains of all conditional menus' links, given in the menus' order.
    void check(const QList<QList<Link>> &menuLinks);

private:
    IssueCollector &m_issues;
};

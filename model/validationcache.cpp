#include "validationcache.h"

#include "validator.h"

IssueList ValidationCache::issues(const DocumentData &data, Shape shape)
{
    const bool reset = !m_valid || shape != m_shape;
    if (reset) {
        m_menus.clear();
        m_shape = shape;
    }
    m_lastChecked = 0;

    const bool hasConditional = !data.conditionalMenus.isEmpty();
    if (reset || m_hasDefaultMenu != data.hasDefaultMenu ||
        m_hasConditionalMenus != hasConditional || m_default.menu != data.defaultMenu) {
        m_default.menu = data.defaultMenu;
        m_default.issues = Validator::menuIssues(data, -1, shape);
        m_hasDefaultMenu = data.hasDefaultMenu;
        m_hasConditionalMenus = hasConditional;
        ++m_lastChecked;
    }
    m_valid = true;

    const int count = int(data.conditionalMenus.size());
    if (m_menus.size() > count)
        m_menus.resize(count);
    IssueList result = m_default.issues;
    QList<QList<DomainChecks::Link>> links;
    links.reserve(count);
    DomainChecks::HostCache hosts;
    for (int i = 0; i < count; ++i) {
        const Menu &menu = data.conditionalMenus.at(i);
        if (i >= m_menus.size()) {
            m_menus.append(
                {menu, Validator::menuIssues(data, i, shape), DomainChecks::links(menu, i, hosts)});
            ++m_lastChecked;
        } else if (m_menus.at(i).menu != menu) {
            Entry &entry = m_menus[i];
            entry.menu = menu;
            entry.issues = Validator::menuIssues(data, i, shape);
            entry.links = DomainChecks::links(menu, i, hosts);
            ++m_lastChecked;
        }
        result += m_menus.at(i).issues;
        links.append(m_menus.at(i).links);
    }
    result += Validator::crossMenuIssues(data, links);
    return result;
}

#pragma once

#include "documentdata.h"
#include "domainchecks.h"
#include "issue.h"
#include "shape.h"

/**
 * Validator::validate() for a document that changes a little at a time.
 *
 * It keeps, per conditional menu and for the default menu, the menu as it was last checked
 * with its issues and links; issues() checks again only the menus whose content or index
 * changed, then runs the rules across menus (domains, shadowing) over the whole document. The
 * result is always the list validate() gives for the same data and shape, in the same order;
 * the validator stays a pure function of the document, this only remembers its answers.
 */
class ValidationCache
{
public:
    /// What Validator::validate(data, shape) returns.
    IssueList issues(const DocumentData &data, Shape shape);
    /// How many menus (the default one counted as one) the last issues() call checked again.
    int lastChecked() const { return m_lastChecked; }

private:
    struct Entry
    {
        Menu menu;
        IssueList issues;
        QList<DomainChecks::Link> links;
    };

    Shape m_shape = Shape::Document;
    bool m_valid = false;
    // The default menu's slot: what it depends on besides the shape.
    bool m_hasDefaultMenu = false;
    bool m_hasConditionalMenus = false;
    Entry m_default;
    QList<Entry> m_menus; // by index
    int m_lastChecked = 0;
};

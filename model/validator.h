#pragma once

#include "documentdata.h"
#include "domainchecks.h"
#include "issue.h"
#include "readresult.h"
#include "shape.h"

#include <QCoreApplication>

/**
 * Every rule WeChat applies to custom menus, as a pure function of a document.
 *
 * The rules live in classes of their own: MenuChecks (one menu, its buttons through
 * ButtonChecks and KeyChecks, its match rule through MatchRuleChecks), then the rules across
 * conditional menus, DomainChecks and ShadowingChecks.
 *
 * `shape` says what the data was read as: a lone addconditional body is not faulted for the
 * default menu (it lives on the server), and privacy fields read from a menu/get response are
 * reported as an expired live menu.
 */
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Validator)

public:
    static IssueList validate(const DocumentData &data, Shape shape = Shape::Document);

    // validate() is these three steps joined, in this order: menuIssues() for -1, then for
    // each conditional menu, then crossMenuIssues(). Callers that keep the results of menus
    // that did not change (ValidationCache) join them the same way.

    /// The issues of conditional menu `index` on its own; for -1, those of the default menu,
    /// or that it is missing.
    static IssueList menuIssues(const DocumentData &data, int index, Shape shape);
    /// The issues across conditional menus (domains, shadowing), given each menu's links as
    /// DomainChecks::links() finds them, in the menus' order.
    static IssueList crossMenuIssues(const DocumentData &data,
                                     const QList<QList<DomainChecks::Link>> &links);
    /**
     * What the text of a file breaks that its document no longer shows once read: a
     * `sub_button` written as `{"list":[...]}` outside a get_current_selfmenu_info answer.
     */
    static IssueList readIssues(const ReadResult &read);

    /**
     * True while the document holds nothing but a default menu without buttons, as a new one
     * does. The editor shows it as a phone waiting for its first button and leaves the
     * "needs at least one button" error out of its list (MenuDocument::issues()); export and
     * publish still refuse it, saying noButtonsYet(), and validate() still reports it.
     */
    static bool awaitsFirstButton(const DocumentData &data);
    /// Why a menu without buttons cannot be exported or published, in the user's words.
    static QString noButtonsYet();

    /// "menu" for index -1, "conditionalmenu[K]" otherwise.
    static QString menuPath(int menuIndex);
    /// The path of a button: parentRow -1 for a top-level button.
    static QString buttonPath(int menuIndex, int parentRow, int row);
};

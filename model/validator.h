#pragma once

#include "documentdata.h"
#include "issue.h"
#include "readresult.h"
#include "shape.h"

#include <QCoreApplication>

/**
 * Every rule WeChat applies to custom menus, as a pure function of a document.
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
    /**
     * What the text of a file breaks that its document no longer shows once read: a
     * `sub_button` written as `{"list":[...]}` outside a get_current_selfmenu_info answer.
     */
    static IssueList readIssues(const ReadResult &read);

    /// "menu" for index -1, "conditionalmenu[K]" otherwise.
    static QString menuPath(int menuIndex);
    /// The path of a button: parentRow -1 for a top-level button.
    static QString buttonPath(int menuIndex, int parentRow, int row);

private:
    explicit Validator(Shape shape)
        : m_shape(shape)
    {}

    void checkMenu(const Menu &menu, const QString &path, bool conditional);
    void checkButton(const Button &button, const QString &path, bool topLevel);
    void checkName(const Button &button, const QString &path, bool topLevel);
    void checkAction(const Button &button, const QString &path, bool topLevel);
    void checkTextFields(const Button &button, const QString &path);
    /// Keys kept as read: misspelled known keys, keys of another level, broken characters.
    void checkKeys(const Button &button, const QString &path, bool topLevel);
    void checkMatchRule(const MatchRule &rule, const QString &path);
    void checkDomains(const DocumentData &data);
    void checkShadowing(const DocumentData &data);

    void error(const QString &rule, std::optional<int> errcode, const QString &path,
               const QString &message);
    void warning(const QString &rule, const QString &path, const QString &message);
    void add(Issue::Severity severity, std::optional<int> errcode, const QString &rule,
             const QString &path, const QString &message, const IssueFix &fix);

    Shape m_shape;
    IssueList m_issues;
};

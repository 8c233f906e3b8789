#pragma once

#include <issue.h>

#include <QObject>
#include <QPointer>

class Accounts;
class MenuDocument;
class PhonePreview;
class PreviewForBox;

/**
 * The open document as a template for the account groups: lists the groups' accounts in
 * "Preview for:", has the phone show the menu filled in for the chosen one, and gives the
 * document a warning for each variable it uses that an account of a group has no value for.
 */
class TemplateController : public QObject
{
    Q_OBJECT

public:
    /// None is owned; `accounts` may be null (no groups).
    TemplateController(Accounts *accounts, PreviewForBox *box, PhonePreview *preview,
                       QObject *parent = nullptr);

    void setDocument(MenuDocument *document);
    /// The warnings for the variables `document` uses that the groups' accounts lack: one per
    /// account and variable, at the first field using it (rule "variable.missing").
    IssueList missingVariables(const MenuDocument &document) const;

private:
    void updateChoices();
    void updatePreview();
    void updateIssues();

    QPointer<Accounts> m_accounts;
    PreviewForBox *m_box;
    PhonePreview *m_preview;
    QPointer<MenuDocument> m_document;
};

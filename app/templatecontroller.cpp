#include "templatecontroller.h"

#include "accounts.h"

#include <menudocument.h>
#include <menuvariables.h>
#include <phonepreview.h>
#include <previewforbox.h>
#include <variablescope.h>

#include <QSet>

TemplateController::TemplateController(Accounts *accounts, PreviewForBox *box,
                                       PhonePreview *preview, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_box(box)
    , m_preview(preview)
{
    connect(m_box, &PreviewForBox::chosen, this, &TemplateController::updatePreview);
    if (accounts) {
        connect(accounts, &Accounts::listChanged, this, [this] {
            updateChoices();
            updatePreview();
            updateIssues();
        });
    }
    updateChoices();
}

void TemplateController::setDocument(MenuDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &MenuDocument::changed, this, [this] {
            updatePreview();
            updateIssues();
        });
    }
    updatePreview();
    updateIssues();
}

void TemplateController::updateChoices()
{
    QList<PreviewForBox::Choice> choices;
    if (m_accounts) {
        const AccountList &list = m_accounts->list();
        for (const AccountGroup &group : list.groups()) {
            for (const QString &name : group.accounts) {
                const Account *account = list.find(name);
                if (!account)
                    continue;
                PreviewForBox::Choice choice{group.name, name, account->displayName()};
                if (list.groupsOf(name).size() > 1)
                    choice.text = tr("%1 (%2)").arg(account->displayName(), group.name);
                choices.append(choice);
            }
        }
    }
    m_box->setChoices(choices);
}

void TemplateController::updatePreview()
{
    if (!m_accounts || m_box->account().isEmpty()) {
        if (m_preview->isFilledIn())
            m_preview->clearFilledIn();
        return;
    }
    m_preview->setFilledIn(m_accounts->list().resolvedVariables(m_box->group(), m_box->account()));
}

IssueList TemplateController::missingVariables(const MenuDocument &document) const
{
    IssueList issues;
    if (!m_accounts)
        return issues;
    const QList<VariableUse> uses = MenuVariables::uses(document.data());
    if (uses.isEmpty())
        return issues;
    const AccountList &list = m_accounts->list();
    QSet<QString> reported; // account + variable, once each
    for (const AccountGroup &group : list.groups()) {
        for (const QString &name : group.accounts) {
            const Account *account = list.find(name);
            if (!account)
                continue;
            const VariableScope::Variables values = list.resolvedVariables(group.name, name);
            for (const VariableUse &use : uses) {
                const QString key = name + QChar(0) + use.variable;
                if (values.contains(use.variable) || reported.contains(key))
                    continue;
                reported.insert(key);
                Issue issue;
                issue.severity = Issue::Severity::Warning;
                issue.rule = QStringLiteral("variable.missing");
                issue.path = use.path;
                issue.message = tr("%1 (group %2) has no value for ${%3}: its menu would show "
                                   "${%3} as written. Set it for the account or the group in "
                                   "Manage Accounts.")
                                    .arg(account->displayName(), group.name, use.variable);
                issues.append(issue);
            }
        }
    }
    return issues;
}

void TemplateController::updateIssues()
{
    if (m_document)
        m_document->setVariableIssues(missingVariables(*m_document));
}

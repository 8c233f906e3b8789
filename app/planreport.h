#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

struct DocumentData;
struct PublishStep;

/**
 * The Markdown that `wemenu push --plan-out FILE` writes for a merge request comment: the
 * document, the account, the plan (one call a line, as push prints it) and the changes in
 * words (MenuChanges::describe) from the live menus to the document.
 */
class PlanReport
{
    Q_DECLARE_TR_FUNCTIONS(PlanReport)

public:
    /// `file` the document as given, `account` the account as the command line named it.
    static QString markdown(const QString &file, const QString &account,
                            const QList<PublishStep> &plan, const DocumentData &live,
                            const DocumentData &wanted);
    /// `text` with Markdown's special characters escaped, so it shows as written.
    static QString escaped(const QString &text);
};

#pragma once

#include "prompter.h"

#include <QCoreApplication>

/// Asks with the platform's message boxes and file dialogs.
class DialogPrompter : public Prompter
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompter)

public:
    SaveChoice askToSave(QWidget *parent, const QString &documentName) override;
    ImportChoice askImportChoice(QWidget *parent, const QString &fileName) override;
    bool askYesNo(QWidget *parent, const QString &title, const QString &text) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                         const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
};

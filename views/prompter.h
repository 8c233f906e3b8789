#pragma once

#include <QString>

class QWidget;

/**
 * The questions the editor asks the user. The application answers them with dialogs
 * (DialogPrompter); tests answer them with a script, so no test ever runs a modal loop.
 */
class Prompter
{
public:
    enum class SaveChoice { Save, Discard, Cancel };
    /// What to do with an imported create or addconditional body.
    enum class ImportChoice { ReplaceDefaultMenu, AddConditionalMenu, NewDocument, Cancel };

    virtual ~Prompter() = default;

    virtual SaveChoice askToSave(QWidget *parent, const QString &documentName) = 0;
    /// Asks whether the single menu in `fileName` replaces the default menu, is added as the
    /// newest conditional menu, or opens as a new document.
    virtual ImportChoice askImportChoice(QWidget *parent, const QString &fileName) = 0;
    virtual bool askYesNo(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    /// An empty string when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
};

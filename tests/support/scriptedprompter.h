#pragma once

#include <prompter.h>

#include <QStringList>

/// Answers the editor's questions from a script and records what it was asked.
class ScriptedPrompter : public Prompter
{
public:
    SaveChoice saveChoice = SaveChoice::Discard;
    bool yesNoAnswer = true;
    ImportChoice importChoice = ImportChoice::Cancel;
    QString openAnswer;
    QString saveAnswer;

    QStringList errors;    ///< every error shown, "title: text"
    QStringList questions; ///< every question asked

    SaveChoice askToSave(QWidget *, const QString &documentName) override
    {
        questions.append(QStringLiteral("save ") + documentName);
        return saveChoice;
    }
    ImportChoice askImportChoice(QWidget *, const QString &fileName) override
    {
        questions.append(QStringLiteral("import ") + fileName);
        return importChoice;
    }
    bool askYesNo(QWidget *, const QString &title, const QString &text) override
    {
        questions.append(title + QStringLiteral(": ") + text);
        return yesNoAnswer;
    }
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        errors.append(title + QStringLiteral(": ") + text);
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswer;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveAnswer;
    }
};

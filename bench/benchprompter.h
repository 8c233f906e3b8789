#pragma once

#include <prompter.h>

#include <QStringList>

/// Answers the editor's questions without a dialog (discard, no, cancel) and keeps the errors
/// it was shown, so that the benchmark can say what went wrong.
class BenchPrompter : public Prompter
{
public:
    QStringList errors; ///< every error shown, "title: text"

    SaveChoice askToSave(QWidget *, const QString &) override { return SaveChoice::Discard; }
    ImportChoice askImportChoice(QWidget *, const QString &) override
    {
        return ImportChoice::Cancel;
    }
    bool askYesNo(QWidget *, const QString &, const QString &) override { return false; }
    void showError(QWidget *, const QString &title, const QString &text) override
    {
        errors.append(title + QStringLiteral(": ") + text);
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return {};
    }
};

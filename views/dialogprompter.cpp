#include "dialogprompter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

Prompter::SaveChoice DialogPrompter::askToSave(QWidget *parent, const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to \"%1\" before closing?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("If you don't save, your changes will be lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

Prompter::ImportChoice DialogPrompter::askImportChoice(QWidget *parent, const QString &fileName)
{
    QMessageBox box(QMessageBox::Question, tr("Import Menu"),
                    tr("%1 holds a single menu. Where should it go?").arg(fileName),
                    QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Replacing the default menu or adding a conditional menu changes "
                              "this document; Undo takes it back."));
    QPushButton *replace = box.addButton(tr("Replace Default Menu"), QMessageBox::AcceptRole);
    QPushButton *add = box.addButton(tr("Add as Conditional Menu"), QMessageBox::AcceptRole);
    QPushButton *open = box.addButton(tr("Open as New Document"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == replace)
        return ImportChoice::ReplaceDefaultMenu;
    if (box.clickedButton() == add)
        return ImportChoice::AddConditionalMenu;
    if (box.clickedButton() == open)
        return ImportChoice::NewDocument;
    return ImportChoice::Cancel;
}

bool DialogPrompter::askYesNo(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}

void DialogPrompter::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString DialogPrompter::openFileName(QWidget *parent, const QString &title,
                                     const QString &directory, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString DialogPrompter::saveFileName(QWidget *parent, const QString &title,
                                     const QString &suggested, const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

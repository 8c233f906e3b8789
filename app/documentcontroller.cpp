#include "documentcontroller.h"

#include "documentfiles.h"
#include "recentfiles.h"
#include "recoverystore.h"

#include <documentimport.h>
#include <menudocument.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <prompter.h>
#include <readresult.h>
#include <validator.h>

#include <QFileInfo>
#include <QStandardPaths>

DocumentController::DocumentController(Prompter *prompter, RecoveryStore *recovery, QWidget *window,
                                       QObject *parent)
    : QObject(parent)
    , m_prompter(prompter)
    , m_recovery(recovery)
    , m_window(window)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(3000);
    connect(&m_autosave, &QTimer::timeout, this, &DocumentController::autosave);
    setDocument(std::make_unique<MenuDocument>());
}

DocumentController::~DocumentController() = default;

void DocumentController::setDocument(std::unique_ptr<MenuDocument> document)
{
    m_autosave.stop();
    if (m_recovery)
        m_recovery->clear();
    std::unique_ptr<MenuDocument> oldDocument = std::move(m_document);
    m_document = std::move(document);

    connect(m_document.get(), &MenuDocument::modifiedChanged, this, [this](bool modified) {
        emit titleChanged();
        if (!modified && m_recovery)
            m_recovery->clear();
    });
    connect(m_document.get(), &MenuDocument::fileNameChanged, this,
            &DocumentController::titleChanged);
    connect(m_document.get(), &MenuDocument::changed, this, [this] { m_autosave.start(); });

    emit documentReplaced(m_document.get());
    oldDocument.reset();
    if (m_document->isModified())
        m_autosave.start();
}

QString DocumentController::jsonFilter()
{
    return tr("Menu files (*.json);;All files (*)");
}

bool DocumentController::newDocument()
{
    if (!maybeSave())
        return false;
    setDocument(std::make_unique<MenuDocument>());
    return true;
}

bool DocumentController::open(const QString &fileName)
{
    if (!maybeSave())
        return false;
    const QString name = fileName.isEmpty()
                             ? m_prompter->openFileName(m_window, tr("Open Menu"),
                                                        suggestedDirectory(), jsonFilter())
                             : fileName;
    return !name.isEmpty() && openFile(name);
}

bool DocumentController::openRecent(const QString &fileName)
{
    if (!maybeSave())
        return false;
    if (openFile(fileName))
        return true;
    RecentFiles::remove(fileName);
    emit recentFilesChanged();
    return false;
}

bool DocumentController::openData(const DocumentData &content)
{
    if (!maybeSave())
        return false;
    setDocument(std::make_unique<MenuDocument>(content));
    return true;
}

bool DocumentController::openFile(const QString &fileName)
{
    QString error;
    std::unique_ptr<MenuDocument> document = DocumentFiles::open(fileName, &error);
    if (!document) {
        showError(tr("Open Menu"), error);
        return false;
    }
    const bool ownFormat = !document->fileName().isEmpty();
    setDocument(std::move(document));
    if (ownFormat)
        RecentFiles::add(fileName);
    else
        emit statusMessage(tr("%1 is not a WeMenu document; it opened as a new, untitled menu.")
                               .arg(QFileInfo(fileName).fileName()));
    emit recentFilesChanged();
    return true;
}

bool DocumentController::save()
{
    return m_document->fileName().isEmpty() ? saveAs() : saveTo(m_document->fileName());
}

bool DocumentController::saveAs(const QString &fileName)
{
    const QString suggested = m_document->fileName().isEmpty()
                                  ? suggestedDirectory() + QStringLiteral("/menu.json")
                                  : m_document->fileName();
    const QString target =
        fileName.isEmpty()
            ? m_prompter->saveFileName(m_window, tr("Save Menu As"), suggested, jsonFilter())
            : fileName;
    return !target.isEmpty() && saveTo(target);
}

bool DocumentController::saveTo(const QString &fileName)
{
    QString error;
    if (!DocumentFiles::save(*m_document, fileName, &error)) {
        showError(tr("Save Menu"), error);
        return false;
    }
    RecentFiles::add(fileName);
    emit recentFilesChanged();
    emit statusMessage(tr("Saved %1").arg(QFileInfo(fileName).fileName()));
    return true;
}

bool DocumentController::importFile(const QString &fileName)
{
    const QString source = fileName.isEmpty()
                               ? m_prompter->openFileName(m_window, tr("Import Menu"),
                                                          suggestedDirectory(), jsonFilter())
                               : fileName;
    if (source.isEmpty())
        return false;
    ReadResult read;
    QString error;
    if (!DocumentFiles::readImport(source, &read, &error)) {
        showError(tr("Import Menu"), error);
        return false;
    }
    const QString name = QFileInfo(source).fileName();
    // Content from another file never takes the open file's name: a whole document opens as
    // a new, untitled one; a single menu is merged only when the user says so.
    if (!isSingleMenuShape(read.shape))
        return openImported(read, name);
    switch (m_prompter->askImportChoice(m_window, name)) {
    case Prompter::ImportChoice::ReplaceDefaultMenu:
        m_document->replaceData(
            withDefaultMenu(m_document->data(), singleImportedMenu(read.shape, read.data)),
            tr("Import %1 as Default Menu").arg(name));
        break;
    case Prompter::ImportChoice::AddConditionalMenu:
        // The added menu becomes the newest: index 0, tried first.
        m_document->addMenu(0, singleImportedMenu(read.shape, read.data),
                            tr("Import %1 as Conditional Menu").arg(name));
        break;
    case Prompter::ImportChoice::NewDocument:
        return openImported(read, name);
    case Prompter::ImportChoice::Cancel:
        return false;
    }
    emit statusMessage(tr("Imported %1; Undo takes it back.").arg(name));
    return true;
}

bool DocumentController::openImported(const ReadResult &read, const QString &name)
{
    if (!maybeSave())
        return false;
    // An unsaved edit of a new, empty document: closing asks, autosave keeps it, Undo empties it.
    auto document = std::make_unique<MenuDocument>();
    document->replaceData(read.data, read.shape, tr("Import %1").arg(name));
    setDocument(std::move(document));
    emit statusMessage(tr("Imported %1 as a new, untitled menu.").arg(name));
    return true;
}

bool DocumentController::exportCreateBody(const QString &fileName)
{
    if (m_document->data().defaultMenu.buttons.isEmpty()) {
        // WeChat refuses a create body without buttons: say so before asking for a file.
        showError(tr("Export Create Body"), Validator::noButtonsYet());
        return false;
    }
    return exportTo(fileName, tr("Export Create Body"), QStringLiteral("menu-create.json"),
                    jsonFilter(), [this](const QString &target, QString *error) {
                        return DocumentFiles::exportCreateBody(*m_document, target, error);
                    });
}

bool DocumentController::exportConditionalBody(int menu, const QString &fileName)
{
    return exportTo(
        fileName, tr("Export Addconditional Body"), QStringLiteral("menu-addconditional.json"),
        jsonFilter(), [this, menu](const QString &target, QString *error) {
            return MenuFile::writeFile(
                target,
                MenuJsonWriter::conditionalBody(m_document->data().conditionalMenus.at(menu)),
                error);
        });
}

bool DocumentController::exportPreview(int menu, bool dark, const QString &fileName)
{
    return exportTo(
        fileName, tr("Export Preview"), QStringLiteral("menu-preview.png"),
        tr("PNG images (*.png)"), [this, menu, dark](const QString &target, QString *error) {
            return DocumentFiles::exportPreview(*m_document, menu, dark, 2, target, error);
        });
}

bool DocumentController::exportTo(const QString &fileName, const QString &title,
                                  const QString &suggestedName, const QString &filter,
                                  const std::function<bool(const QString &, QString *)> &write)
{
    const QString target =
        fileName.isEmpty()
            ? m_prompter->saveFileName(
                  m_window, title, suggestedDirectory() + QLatin1Char('/') + suggestedName, filter)
            : fileName;
    if (target.isEmpty())
        return false;
    QString error;
    if (!write(target, &error)) {
        showError(title, error);
        return false;
    }
    emit statusMessage(tr("Exported %1").arg(QFileInfo(target).fileName()));
    return true;
}

bool DocumentController::offerRecovery()
{
    if (!m_recovery)
        return false;
    const QList<RecoveryStore::Entry> entries = m_recovery->orphaned();
    if (entries.isEmpty())
        return false;
    // One at a time, newest first; the others stay on disk for the next start.
    const RecoveryStore::Entry &newest = entries.first();
    const bool restore = m_prompter->askYesNo(m_window, tr("Restore Unsaved Changes"),
                                              RecoveryStore::question(newest));
    if (!restore) {
        m_recovery->discard(newest);
        return false;
    }
    if (!maybeSave())
        return false; // asked again at the next start
    QString error;
    std::unique_ptr<MenuDocument> document =
        DocumentFiles::recover(newest.document, newest.originalFile, &error);
    if (!document) {
        showError(tr("Restore Unsaved Changes"), error); // kept on disk for a human to look at
        return false;
    }
    setDocument(std::move(document));
    // The restored edits are this editor's unsaved edits now; the old copy goes only once
    // they are safely in this session's own recovery file.
    if (autosave())
        m_recovery->discard(newest);
    return true;
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (m_prompter->askToSave(m_window, documentName())) {
    case Prompter::SaveChoice::Save:
        return save();
    case Prompter::SaveChoice::Discard:
        return true;
    case Prompter::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::close()
{
    if (!maybeSave())
        return false;
    m_autosave.stop();
    if (m_recovery)
        m_recovery->clear();
    return true;
}

bool DocumentController::autosave()
{
    if (!m_recovery)
        return false;
    if (!m_document->isModified()) {
        m_recovery->clear();
        return true;
    }
    const bool written =
        m_recovery->write(MenuJsonWriter::document(m_document->data()), m_document->fileName());
    if (!written)
        emit statusMessage(
            tr("Unsaved changes could not be backed up in %1.").arg(m_recovery->directory()));
    return written;
}

QString DocumentController::documentName() const
{
    return m_document->fileName().isEmpty() ? tr("Untitled")
                                            : QFileInfo(m_document->fileName()).fileName();
}

QString DocumentController::suggestedDirectory() const
{
    if (!m_document->fileName().isEmpty())
        return QFileInfo(m_document->fileName()).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void DocumentController::showError(const QString &title, const QString &text)
{
    m_prompter->showError(m_window, title, text);
}

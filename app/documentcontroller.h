#pragma once

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class MenuDocument;
class Prompter;
class QWidget;
class RecoveryStore;
struct DocumentData;
struct ReadResult;

/**
 * The open document and its files: new, open, save, save as, import, export, the recent
 * files, autosave and crash recovery. Questions go to the prompter, over `window`; failures
 * are shown there and change nothing.
 */
class DocumentController : public QObject
{
    Q_OBJECT

public:
    /// `prompter` and `recovery` (may be null: no autosave) are not owned. Starts with a new,
    /// empty document.
    DocumentController(Prompter *prompter, RecoveryStore *recovery, QWidget *window,
                       QObject *parent = nullptr);
    ~DocumentController() override;

    MenuDocument *document() const { return m_document.get(); }
    /// The file name shown to the user ("Untitled" for a new document).
    QString documentName() const;

    /// Autosave delay after the last edit, in milliseconds.
    void setAutosaveInterval(int milliseconds) { m_autosave.setInterval(milliseconds); }

    bool newDocument();
    /// Asks about unsaved changes, then opens `fileName` (asked for when empty).
    bool open(const QString &fileName = {});
    bool openFile(const QString &fileName);
    /// Opens a file of the recent files list (after asking about unsaved changes); a file that
    /// no longer opens leaves the list.
    bool openRecent(const QString &fileName);
    /// Opens `data` as a new untitled document (after asking about unsaved changes).
    bool openData(const DocumentData &data);
    bool save();
    bool saveAs(const QString &fileName = {});
    /// Imports `fileName` (asked for when empty). A whole document opens as a new, untitled
    /// document (after asking about unsaved changes); a single create or addconditional body
    /// asks whether it replaces the default menu, is added as the newest conditional menu (one
    /// undo step each), or opens as a new document.
    bool importFile(const QString &fileName = {});
    bool exportCreateBody(const QString &fileName = {});
    /// Writes the menu/addconditional body of conditional menu `menu`.
    bool exportConditionalBody(int menu, const QString &fileName = {});
    /// Writes the phone preview of menu `menu` (-1 default) as a PNG.
    bool exportPreview(int menu, bool dark, const QString &fileName = {});
    /// Offers the unsaved edits of editors that crashed; returns true when one was restored.
    bool offerRecovery();
    /// Asks about unsaved changes; true when the document may go.
    bool maybeSave();
    /// Before the window closes: true (and no autosave left behind) when it may close.
    bool close();

signals:
    /// A new document replaced the old one, which is deleted once this returns.
    void documentReplaced(MenuDocument *document);
    /// The document's name or modified state changed.
    void titleChanged();
    /// The recent files list changed.
    void recentFilesChanged();
    /// A short note for the status bar.
    void statusMessage(const QString &text);

private:
    void setDocument(std::unique_ptr<MenuDocument> document);
    bool saveTo(const QString &fileName);
    /// Opens an import as a new, untitled document, after asking about unsaved changes.
    bool openImported(const ReadResult &read, const QString &name);
    /// Asks where when `fileName` is empty, then writes with `write`; reports what happened.
    bool exportTo(const QString &fileName, const QString &title, const QString &suggestedName,
                  const QString &filter,
                  const std::function<bool(const QString &, QString *)> &write);
    /// Writes the unsaved edits to the recovery file; true when they are safely there.
    bool autosave();
    void showError(const QString &title, const QString &text);
    QString suggestedDirectory() const;
    static QString jsonFilter();

    Prompter *m_prompter;
    RecoveryStore *m_recovery;
    QWidget *m_window;
    std::unique_ptr<MenuDocument> m_document;
    QTimer m_autosave;
};

#pragma once

#include <QString>

class DocumentController;
class QWidget;
class WelcomeDialog;

/**
 * The welcome of a first start and its two ways in: the sample menu (embedded, opened as a
 * new untitled document, so Save never writes over it) and a new menu. The editor shows it
 * once, when it starts with no file and nothing recovered; Help > Welcome shows it again.
 */
class WelcomeStart
{
public:
    /// The sample menu that ships with WeMenu (a resource, so it is always there).
    static QString sampleFile() { return QStringLiteral(":/samples/sample-menu.json"); }
    /// True until the welcome was shown once (a settings flag).
    static bool isFirstStart();
    /// Shows the welcome without blocking, for `files`' document; it deletes itself on close.
    static WelcomeDialog *show(QWidget *window, DocumentController *files);
    /// Shows the welcome when this is the first start (and marks it shown); else null.
    static WelcomeDialog *showOnFirstStart(QWidget *window, DocumentController *files);
    /// Opens the sample as a new untitled document (after asking about unsaved changes).
    static bool openSample(DocumentController *files);
};

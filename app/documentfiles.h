#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class MenuDocument;
struct ReadResult;

/**
 * Reading and writing documents for the editor. A failure returns false (or null) with a
 * message naming the file and the line/column or rule, and changes nothing: not the open
 * document, not the files on disk.
 */
class DocumentFiles
{
    Q_DECLARE_TR_FUNCTIONS(DocumentFiles)

public:
    /// A new document holding the file. A file that is not in WeMenu's own format (a request
    /// body, a menu/get response, ...) opens as an untitled document, so saving never turns
    /// it into another format behind the user's back.
    static std::unique_ptr<MenuDocument> open(const QString &fileName, QString *error);
    /// A document from autosaved bytes, marked modified, belonging to `originalFile` if any.
    static std::unique_ptr<MenuDocument> recover(const QByteArray &bytes,
                                                 const QString &originalFile, QString *error);
    /// Saves atomically and marks the document clean.
    static bool save(MenuDocument &document, const QString &fileName, QString *error);
    /// Reads a file to import, of any shape, into `read`; menuids are dropped.
    static bool readImport(const QString &fileName, ReadResult *read, QString *error);
    /// Writes the menu/create body of the default menu.
    static bool exportCreateBody(const MenuDocument &document, const QString &fileName,
                                 QString *error);
    /// Writes the phone preview of a menu as a PNG at `scale` times 360 x 640.
    static bool exportPreview(const MenuDocument &document, int menu, bool dark, qreal scale,
                              const QString &fileName, QString *error);
};

#include "documentfiles.h"

#include <menudocument.h>
#include <menufile.h>
#include <menujsonwriter.h>
#include <phonepreviewpainter.h>

#include <QBuffer>
#include <QFileInfo>
#include <QImage>

std::unique_ptr<MenuDocument> DocumentFiles::open(const QString &fileName, QString *error)
{
    const ReadResult read = MenuFile::readFile(fileName);
    if (!read.ok) {
        *error = tr("%1 could not be opened.\n\n%2")
                     .arg(QFileInfo(fileName).fileName(), read.error.message);
        return nullptr;
    }
    auto document = std::make_unique<MenuDocument>(read.data, read.shape);
    if (read.shape == Shape::Document)
        document->setFileName(QFileInfo(fileName).absoluteFilePath());
    // A save of this file that was killed before its rename left its temporary file behind.
    MenuFile::removeStrayTemporaryFiles(fileName);
    return document;
}

std::unique_ptr<MenuDocument> DocumentFiles::recover(const QByteArray &bytes,
                                                     const QString &originalFile, QString *error)
{
    const ReadResult read = MenuFile::readBytes(bytes);
    if (!read.ok) {
        *error = tr("The unsaved changes could not be read back.\n\n%1").arg(read.error.message);
        return nullptr;
    }
    DocumentData original;
    QString originalName;
    if (!originalFile.isEmpty()) {
        const ReadResult onDisk = MenuFile::readFile(originalFile);
        if (onDisk.ok && onDisk.shape == Shape::Document) {
            original = onDisk.data;
            originalName = originalFile;
        }
    }
    auto document = std::make_unique<MenuDocument>(original);
    document->setFileName(originalName);
    // Restoring is an edit of its own: undo goes back to the file as it is on disk.
    document->replaceData(read.data, tr("Restore Unsaved Changes"));
    return document;
}

bool DocumentFiles::save(MenuDocument &document, const QString &fileName, QString *error)
{
    const QByteArray bytes = MenuJsonWriter::document(document.data());
    QString message;
    if (!MenuFile::writeFile(fileName, bytes, &message)) {
        *error =
            tr("The menu could not be saved; the file on disk is unchanged.\n\n%1").arg(message);
        return false;
    }
    document.markSaved(QFileInfo(fileName).absoluteFilePath());
    return true;
}

bool DocumentFiles::readImport(const QString &fileName, ReadResult *read, QString *error)
{
    *read = MenuFile::readFile(fileName);
    if (!read->ok) {
        *error = tr("%1 could not be imported; nothing was changed.\n\n%2")
                     .arg(QFileInfo(fileName).fileName(), read->error.message);
        return false;
    }
    read->data.clearMenuIds();
    return true;
}

bool DocumentFiles::exportCreateBody(const MenuDocument &document, const QString &fileName,
                                     QString *error)
{
    QString message;
    if (!MenuFile::writeFile(fileName, MenuJsonWriter::createBody(document.data().defaultMenu),
                             &message)) {
        *error = message;
        return false;
    }
    return true;
}

bool DocumentFiles::exportPreview(const MenuDocument &document, int menu, bool dark, qreal scale,
                                  const QString &fileName, QString *error)
{
    PreviewOptions options;
    options.dark = dark;
    const DocumentData &data = document.data();
    const bool exists = menu >= -1 && menu < data.conditionalMenus.size();
    const QImage image = PhonePreviewPainter::image(
        exists ? data.menu(menu).buttons : QList<Button>(), options, scale);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        *error = tr("The picture could not be made.");
        return false;
    }
    QString message;
    if (!MenuFile::writeFile(fileName, png, &message)) {
        *error = message;
        return false;
    }
    return true;
}

#pragma once

#include "readresult.h"

#include <QCoreApplication>

/**
 * Menu documents on disk: reading any shape with checks a person can act on (size, byte
 * order mark, UTF-8, JSON syntax with line and column), and writing atomically.
 */
class MenuFile
{
    Q_DECLARE_TR_FUNCTIONS(MenuFile)

public:
    /// Files larger than this are refused before they are parsed.
    static constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

    /// `bytes`, when given, gets the bytes read (empty when the file could not be read).
    static ReadResult readFile(const QString &fileName, QByteArray *bytes = nullptr);
    /// `source` MenuGet: the bytes are a menu/get answer (see MenuJsonReader::read).
    static ReadResult readBytes(const QByteArray &bytes, Shape source = Shape::Unknown);

    /// Writes `bytes` to `fileName` atomically: into a temporary file beside it
    /// (`NAME.wemenu-save-XXXXXX`), renamed over it once complete. On failure the old file is
    /// left as it was. A name that is a folder, a pipe or a device is refused without being
    /// opened. Temporary files that an interrupted save of the same file left are removed.
    static bool writeFile(const QString &fileName, const QByteArray &bytes, QString *errorMessage);
    /// Removes the temporary files an interrupted save of `fileName` left beside it, and
    /// nothing else.
    static void removeStrayTemporaryFiles(const QString &fileName);

    /// Byte offset of the first `\uXXXX` escape inside a JSON string, or -1. WeChat rejects a
    /// request body holding any (40033); WeMenu itself never writes one for non-ASCII text.
    static qsizetype firstUnicodeEscape(const QByteArray &json);
    /// Byte offset of the first byte that is not part of valid UTF-8, or -1.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);
    /// 1-based line and column (in characters) of a byte offset.
    static void lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column);
};

#include "menufile.h"

#include "menujsonreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>

namespace {

ReadResult failure(const QString &message, int line = 0, int column = 0)
{
    ReadResult result;
    result.error.message = message;
    result.error.line = line;
    result.error.column = column;
    return result;
}

} // namespace

qsizetype MenuFile::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            if (c == 0xe0)
                low = 0xa0; // no overlong forms
            else if (c == 0xed)
                high = 0x9f; // no surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            if (c == 0xf0)
                low = 0x90;
            else if (c == 0xf4)
                high = 0x8f;
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned char next = data[i + k];
            const unsigned char min = k == 1 ? low : 0x80;
            const unsigned char max = k == 1 ? high : 0xbf;
            if (next < min || next > max)
                return i;
        }
        i += length;
    }
    return -1;
}

qsizetype MenuFile::firstUnicodeEscape(const QByteArray &json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            inString = c == '"';
        } else if (c == '"') {
            inString = false;
        } else if (c == '\\' && i + 1 < json.size()) {
            if (json.at(i + 1) == 'u')
                return i;
            ++i; // the escaped character
        }
    }
    return -1;
}

void MenuFile::lineAndColumn(const QByteArray &bytes, qsizetype offset, int *line, int *column)
{
    offset = qBound<qsizetype>(0, offset, bytes.size());
    int l = 1;
    int c = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(bytes.at(i));
        if (byte == '\n') {
            ++l;
            c = 1;
        } else if ((byte & 0xc0) != 0x80) {
            ++c; // count characters, not continuation bytes
        }
    }
    *line = l;
    *column = c;
}

ReadResult MenuFile::readBytes(const QByteArray &bytes, Shape source)
{
    if (bytes.size() > kMaxFileSize) {
        return failure(tr("The file is %1 MB; menu documents larger than %2 MB are not read.")
                           .arg(bytes.size() / (1024 * 1024))
                           .arg(kMaxFileSize / (1024 * 1024)));
    }
    if (bytes.startsWith("\xef\xbb\xbf")) {
        return failure(tr("The file starts with a byte order mark (BOM). Save it as UTF-8 "
                          "without a BOM."),
                       1, 1);
    }
    if (bytes.trimmed().isEmpty())
        return failure(tr("The file is empty."), 1, 1);

    const qsizetype invalid = firstInvalidUtf8(bytes);
    if (invalid >= 0) {
        int line = 0;
        int column = 0;
        lineAndColumn(bytes, invalid, &line, &column);
        return failure(
            tr("Line %1, column %2: the text is not valid UTF-8 (byte 0x%3). WeChat "
               "accepts only UTF-8 (errcode 65318); save the file as UTF-8.")
                .arg(line)
                .arg(column)
                .arg(static_cast<unsigned char>(bytes.at(invalid)), 2, 16, QLatin1Char('0')),
            line, column);
    }

    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // For these errors Qt reports the offset just past the character at fault.
        qsizetype offset = parseError.offset;
        switch (parseError.error) {
        case QJsonParseError::UnterminatedObject:
        case QJsonParseError::UnterminatedArray:
        case QJsonParseError::MissingNameSeparator:
        case QJsonParseError::MissingValueSeparator:
        case QJsonParseError::MissingObject:
            offset = qMax<qsizetype>(0, offset - 1);
            break;
        default:
            break;
        }
        int line = 0;
        int column = 0;
        lineAndColumn(bytes, offset, &line, &column);
        return failure(tr("Line %1, column %2: this is not valid JSON (%3).")
                           .arg(line)
                           .arg(column)
                           .arg(parseError.errorString()),
                       line, column);
    }
    if (!json.isObject()) {
        return failure(tr("The file holds a JSON array, not a menu: expected an object with a "
                          "\"button\", \"menu\", \"conditionalmenu\" or \"selfmenu_info\" key."));
    }
    ReadResult result = MenuJsonReader::read(json.object(), source);
    const qsizetype escape = firstUnicodeEscape(bytes);
    if (result.ok && escape >= 0)
        lineAndColumn(bytes, escape, &result.unicodeEscapeLine, &result.unicodeEscapeColumn);
    return result;
}

ReadResult MenuFile::readFile(const QString &fileName)
{
    QFile file(fileName);
    const QFileInfo info(fileName);
    if (info.isDir())
        return failure(tr("%1 is a folder, not a file.").arg(fileName));
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("Cannot open %1: %2").arg(fileName, file.errorString()));
    if (file.size() > kMaxFileSize) {
        return failure(tr("The file is %1 MB; menu documents larger than %2 MB are not read.")
                           .arg(file.size() / (1024 * 1024))
                           .arg(kMaxFileSize / (1024 * 1024)));
    }
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(tr("Cannot read %1: %2").arg(fileName, file.errorString()));
    return readBytes(bytes);
}

bool MenuFile::writeFile(const QString &fileName, const QByteArray &bytes, QString *errorMessage)
{
    QSaveFile file(fileName);
    // Unbuffered, so that a short write (a full disk) is seen at once, not lost in a flush.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = file.write(bytes.constData() + written, bytes.size() - written);
        if (chunk <= 0)
            break;
        written += chunk;
    }
    if (written != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

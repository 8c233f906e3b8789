#include "menufile.h"

#include "menujsonreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {

/// What follows a file's name in the name of its temporary file: the marker and six letters
/// or digits.
const QString kTemporaryMarker = QStringLiteral(".wemenu-save-");
constexpr int kTemporaryRandomLength = 6;

/// The file a save writes: the target of a symbolic link, so that the link stays.
QString saveTarget(const QString &fileName)
{
    const QFileInfo info(fileName);
    return info.isSymLink() ? info.symLinkTarget() : info.absoluteFilePath();
}

QString randomSuffix()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString suffix;
    for (int i = 0; i < kTemporaryRandomLength; ++i)
        suffix.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(62)]));
    return suffix;
}

/// Renames `from` over `to` in one step, replacing it.
bool replaceFile(const QString &from, const QString &to)
{
#ifdef Q_OS_UNIX
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#else
    QFile::remove(to); // not atomic here, but the temporary file keeps the new contents
    return QFile::rename(from, to);
#endif
}

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

ReadResult MenuFile::readFile(const QString &fileName, QByteArray *bytesRead)
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
    if (bytesRead)
        *bytesRead = bytes;
    return readBytes(bytes);
}

bool MenuFile::writeFile(const QString &fileName, const QByteArray &bytes, QString *errorMessage)
{
    const auto fail = [&](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    // stat only: opening a pipe nobody reads would block for good, and renaming over a pipe,
    // a device or a folder would replace something that is not a menu file.
    const QFileInfo existing(fileName);
    if (existing.exists() && !existing.isFile()) {
        return fail(existing.isDir()
                        ? tr("Cannot write %1: it is a folder, not a regular file.").arg(fileName)
                        : tr("Cannot write %1: it is not a regular file (a pipe, a device or a "
                             "socket), so it was left as it is.")
                              .arg(fileName));
    }
    const QString target = saveTarget(fileName);
    removeStrayTemporaryFiles(target);

    QFile file;
    for (int attempt = 0; attempt < 100; ++attempt) {
        file.setFileName(target + kTemporaryMarker + randomSuffix());
        // NewOnly: never an existing file; the permissions follow the umask.
        if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered) ||
            !QFileInfo::exists(file.fileName())) {
            break; // opened, or failed for another reason than the name being taken
        }
    }
    if (!file.isOpen())
        return fail(tr("Cannot write %1: %2").arg(fileName, file.errorString()));
    if (existing.exists())
        file.setPermissions(QFile::permissions(target));

    // Unbuffered, so that a short write (a full disk) is seen at once, not lost in a flush.
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 chunk = file.write(bytes.constData() + written, bytes.size() - written);
        if (chunk <= 0)
            break;
        written += chunk;
    }
    bool complete = written == bytes.size();
#ifdef Q_OS_UNIX
    complete = complete && ::fsync(file.handle()) == 0;
#endif
    const QString reason = file.errorString();
    file.close();
    if (!complete || !replaceFile(file.fileName(), target)) {
        file.remove();
        return fail(tr("Cannot write %1: %2")
                        .arg(fileName, complete ? tr("it could not be replaced") : reason));
    }
    return true;
}

void MenuFile::removeStrayTemporaryFiles(const QString &fileName)
{
    const QFileInfo target(saveTarget(fileName));
    const QDir folder = target.absoluteDir();
    const QString prefix = target.fileName() + kTemporaryMarker;
    static const QRegularExpression suffix(
        QStringLiteral("^[A-Za-z0-9]{%1}$").arg(kTemporaryRandomLength));
    // No name filter: the file's name may hold characters that a wildcard pattern reads.
    const QStringList files = folder.entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString &name : files) {
        if (name.startsWith(prefix) && suffix.match(name.mid(prefix.size())).hasMatch())
            QFile::remove(folder.filePath(name));
    }
}

#include "annotations.h"

#include <jsonpositions.h>
#include <jsonwriter.h>

#include <QCryptographicHash>
#include <QHash>

namespace {

/// One finding with the place it points to.
struct Finding
{
    bool isError = true;
    QString rule;
    QString path;
    QString message;
    JsonPositions::Position position;
};

QString unreadableRule(const ReadError &error)
{
    return error.line > 0 ? QStringLiteral("file.syntax") : QStringLiteral("file.shape");
}

QList<Finding> findings(const CheckedFile &file)
{
    // A syntax error has its line already: a text that does not parse is not scanned.
    QStringList paths;
    if (!file.read.ok && !file.read.error.path.isEmpty())
        paths.append(file.read.error.path);
    for (const Issue &issue : file.issues)
        paths.append(issue.path);
    const JsonPositions positions =
        paths.isEmpty() ? JsonPositions() : JsonPositions::scan(file.bytes, file.read.shape, paths);
    if (!file.read.ok) {
        const ReadError &error = file.read.error;
        Finding finding{true, unreadableRule(error), error.path, error.message, {}};
        if (error.line > 0)
            finding.position = {error.line, qMax(1, error.column)};
        else if (!error.path.isEmpty())
            finding.position = positions.locate(error.path);
        return {finding};
    }
    QList<Finding> result;
    result.reserve(file.issues.size());
    for (const Issue &issue : file.issues) {
        Finding finding{issue.isError(), issue.rule, issue.path, issue.message,
                        positions.locate(issue.path)};
        // The escape itself, not the body it is in.
        if (issue.rule == QLatin1String("text.unicode-escape") && file.read.unicodeEscapeLine > 0)
            finding.position = {file.read.unicodeEscapeLine, file.read.unicodeEscapeColumn};
        result.append(finding);
    }
    return result;
}

QString description(const Finding &finding)
{
    return finding.path.isEmpty() || finding.message.startsWith(finding.path)
               ? finding.message
               : QStringLiteral("%1: %2").arg(finding.path, finding.message);
}

/// GitHub's escapes for the message of a workflow command.
QString escapeData(QString text)
{
    return text.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('\r'), QLatin1String("%0D"))
        .replace(QLatin1Char('\n'), QLatin1String("%0A"));
}

/// GitHub's escapes for a property (file, title) of a workflow command.
QString escapeProperty(const QString &text)
{
    return escapeData(text)
        .replace(QLatin1Char(':'), QLatin1String("%3A"))
        .replace(QLatin1Char(','), QLatin1String("%2C"));
}

} // namespace

namespace Annotations {

QString github(const CheckedFile &file)
{
    QString text;
    for (const Finding &finding : findings(file)) {
        // Concatenated, not arg()ed: the escapes put % signs into the values.
        text += (finding.isError ? QStringLiteral("::error") : QStringLiteral("::warning")) +
                QStringLiteral(" file=") + escapeProperty(file.file) + QStringLiteral(",line=") +
                QString::number(finding.position.line) + QStringLiteral(",col=") +
                QString::number(finding.position.column) + QStringLiteral(",title=") +
                escapeProperty(finding.rule) + QStringLiteral("::") +
                escapeData(description(finding)) + QLatin1Char('\n');
    }
    return text;
}

QByteArray gitlab(const QList<CheckedFile> &files)
{
    JsonWriter writer;
    writer.beginArray();
    for (const CheckedFile &file : files) {
        // The same finding keeps its fingerprint when lines move or the language changes.
        QHash<QString, int> seen;
        for (const Finding &finding : findings(file)) {
            const QString identity =
                QStringList{file.file, finding.rule, finding.path}.join(QChar(0));
            const int occurrence = seen[identity]++;
            const QByteArray fingerprint =
                QCryptographicHash::hash(
                    (identity + QChar(0) + QString::number(occurrence)).toUtf8(),
                    QCryptographicHash::Md5)
                    .toHex();
            writer.beginObject();
            writer.key(QStringLiteral("description"));
            writer.value(description(finding));
            writer.key(QStringLiteral("check_name"));
            writer.value(finding.rule);
            writer.key(QStringLiteral("fingerprint"));
            writer.value(QString::fromLatin1(fingerprint));
            writer.key(QStringLiteral("severity"));
            // An unreadable file blocks everything; a broken rule stops publishing.
            writer.value(!file.read.ok     ? QStringLiteral("blocker")
                         : finding.isError ? QStringLiteral("critical")
                                           : QStringLiteral("minor"));
            writer.key(QStringLiteral("location"));
            writer.beginObject();
            writer.key(QStringLiteral("path"));
            writer.value(file.file);
            writer.key(QStringLiteral("lines"));
            writer.beginObject();
            writer.key(QStringLiteral("begin"));
            writer.value(QJsonValue(finding.position.line));
            writer.endObject();
            writer.endObject();
            writer.endObject();
        }
    }
    writer.endArray();
    return writer.result();
}

} // namespace Annotations

#include "validatecommand.h"

#include "annotations.h"
#include "checkedfile.h"
#include "cliresult.h"
#include "commandline.h"
#include "linkcheckrun.h"

#include <errcodes.h>
#include <issuesummary.h>
#include <jsonwriter.h>
#include <menufile.h>
#include <validator.h>

#include <QCommandLineParser>

namespace {

QString severityName(const Issue &issue)
{
    return issue.isError() ? QStringLiteral("error") : QStringLiteral("warning");
}

void writeReport(JsonWriter &writer, const QString &file, Shape shape, const IssueList &issues)
{
    writer.beginObject();
    writer.key(QStringLiteral("file"));
    writer.value(file);
    writer.key(QStringLiteral("shape"));
    writer.value(shape == Shape::Unknown ? QJsonValue() : QJsonValue(shapeName(shape)));
    writer.key(QStringLiteral("errors"));
    writer.value(QJsonValue(IssueSummary::errorCount(issues)));
    writer.key(QStringLiteral("warnings"));
    writer.value(QJsonValue(IssueSummary::warningCount(issues)));
    writer.key(QStringLiteral("issues"));
    writer.beginArray();
    for (const Issue &issue : issues) {
        writer.beginObject();
        writer.key(QStringLiteral("severity"));
        writer.value(severityName(issue));
        writer.key(QStringLiteral("errcode"));
        writer.value(issue.errcode ? QJsonValue(*issue.errcode) : QJsonValue());
        writer.key(QStringLiteral("rule"));
        writer.value(issue.rule);
        writer.key(QStringLiteral("path"));
        writer.value(issue.path);
        writer.key(QStringLiteral("message"));
        writer.value(issue.message);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
}

QString textLine(const QString &file, const Issue &issue)
{
    const QString severity = issue.isError() ? Cli::tr("error") : Cli::tr("warning");
    const QString rule =
        issue.errcode ? QStringLiteral("%1, %2").arg(issue.rule).arg(*issue.errcode) : issue.rule;
    return QStringLiteral("%1: %2: %3: %4 [%5]\n")
        .arg(file, severity, issue.path, issue.message, rule);
}

/// The issue a JSON report gives for a file that could not be read.
Issue unreadableIssue(const ReadError &error)
{
    Issue issue;
    issue.rule = error.line > 0 ? QStringLiteral("file.syntax") : QStringLiteral("file.shape");
    issue.path = error.path;
    issue.message = error.message;
    return issue;
}

/// Reads and checks one file; with `links` enabled, also asks its links.
CheckedFile check(const QString &file, bool keepBytes, const LinkCheckRun &links)
{
    CheckedFile checked;
    checked.file = file;
    const ReadResult read = MenuFile::readFile(file, keepBytes ? &checked.bytes : nullptr);
    checked.read = read;
    if (!read.ok)
        return checked;

    IssueList issues = Validator::readIssues(read) + Validator::validate(read.data, read.shape);
    // A request body is sent as it is: WeChat rejects it for any \u escape.
    if ((read.shape == Shape::Create || read.shape == Shape::Conditional) &&
        read.unicodeEscapeLine > 0) {
        issues.prepend({Issue::Severity::Error, ErrCode::InvalidCharset,
                        QStringLiteral("text.unicode-escape"),
                        read.shape == Shape::Create ? QStringLiteral("menu")
                                                    : QStringLiteral("conditionalmenu[0]"),
                        Cli::tr("Line %1, column %2: the body writes text as a \\u escape; WeChat "
                                "rejects a request body holding any. Save it as plain UTF-8 "
                                "(WeMenu writes it that way).")
                            .arg(read.unicodeEscapeLine)
                            .arg(read.unicodeEscapeColumn),
                        IssueFix()});
    }
    issues += links.run(read.data);
    checked.issues = issues;
    return checked;
}

QString summaryLine(const CheckedFile &checked)
{
    return Cli::tr("%1: %2 error(s), %3 warning(s) (read as %4)\n")
        .arg(checked.file)
        .arg(IssueSummary::errorCount(checked.issues))
        .arg(IssueSummary::warningCount(checked.issues))
        .arg(shapeName(checked.read.shape));
}

/// The issue lines and the summary line of one readable file.
QString textReport(const CheckedFile &checked)
{
    QString text;
    for (const Issue &issue : checked.issues)
        text += textLine(checked.file, issue);
    text += summaryLine(checked);
    return text;
}

void writeReport(JsonWriter &writer, const CheckedFile &checked)
{
    if (checked.read.ok)
        writeReport(writer, checked.file, checked.read.shape, checked.issues);
    else
        writeReport(writer, checked.file, Shape::Unknown, {unreadableIssue(checked.read.error)});
}

enum class Format { Text, Json, GitHub, GitLab };

} // namespace

namespace ValidateCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON object."));
    parser.addOption(json);
    const QCommandLineOption format(QStringLiteral("format"),
                                    Cli::tr("Print annotations for a CI system."),
                                    QStringLiteral("github|gitlab"));
    parser.addOption(format);
    LinkCheckRun links;
    links.addOptions(parser);
    const QString validateUsage = Cli::tr(
        "Usage: wemenu validate FILE... [--json | --format github|gitlab]\n"
        "\n"
        "Checks each FILE against WeChat's menu rules. FILE may be a WeMenu document, a\n"
        "menu/create or menu/addconditional request body, a menu/get response or a\n"
        "get_current_selfmenu_info response. Prints the issues and one summary line per FILE.\n"
        "\n"
        "Options:\n"
        "  --json             print "
        "{\"file\",\"shape\",\"errors\",\"warnings\",\"issues\":[...]};\n"
        "                     an array of them for several files\n"
        "  --format github    print GitHub workflow commands (::error file=F,line=L,col=C::...)\n"
        "  --format gitlab    print a GitLab Code Quality report (JSON)\n"
        "\n"
        "Exit codes, the worst of all files: 0 no errors (warnings allowed), 1 errors, 2 a FILE\n"
        "unreadable or not a menu, 64 usage error.\n");
    const QString usage = validateUsage + LinkCheckRun::usage();
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    if (QString why; !links.readOptions(parser, &why))
        return CommandLine::usageError(QStringLiteral("validate"), why, usage);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return CommandLine::usageError(QStringLiteral("validate"),
                                       Cli::tr("expected at least one FILE."), usage);
    Format mode = parser.isSet(json) ? Format::Json : Format::Text;
    if (parser.isSet(format)) {
        const QString name = parser.value(format);
        if (parser.isSet(json) ||
            (name != QLatin1String("github") && name != QLatin1String("gitlab"))) {
            return CommandLine::usageError(
                QStringLiteral("validate"),
                Cli::tr("--format takes github or gitlab, and not together with --json."), usage);
        }
        mode = name == QLatin1String("github") ? Format::GitHub : Format::GitLab;
    }
    const bool annotated = mode == Format::GitHub || mode == Format::GitLab;

    QList<CheckedFile> checked;
    int exitCode = ExitCode::Ok;
    for (const QString &file : files) {
        checked.append(check(file, annotated, links));
        const CheckedFile &current = checked.last();
        exitCode = qMax(exitCode, current.exitCode());
        if (!current.read.ok)
            CommandLine::err(QStringLiteral("%1: %2\n").arg(file, current.read.error.message));
        if (mode == Format::Text && current.read.ok)
            CommandLine::out(textReport(current));
        if (mode == Format::GitHub) {
            CommandLine::out(Annotations::github(current) +
                             (current.read.ok ? summaryLine(current) : QString()));
        }
    }

    if (mode == Format::Json && checked.size() == 1) {
        JsonWriter writer;
        writeReport(writer, checked.first());
        CommandLine::out(QString::fromUtf8(writer.result()));
    } else if (mode == Format::Json) {
        JsonWriter writer;
        writer.beginArray();
        for (const CheckedFile &current : std::as_const(checked))
            writeReport(writer, current);
        writer.endArray();
        CommandLine::out(QString::fromUtf8(writer.result()));
    } else if (mode == Format::GitLab) {
        CommandLine::out(QString::fromUtf8(Annotations::gitlab(checked)));
    }
    return exitCode;
}

} // namespace ValidateCommand

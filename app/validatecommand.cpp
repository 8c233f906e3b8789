#include "validatecommand.h"

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

QByteArray jsonReport(const QString &file, Shape shape, const IssueList &issues)
{
    JsonWriter writer;
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
    return writer.result();
}

QString textLine(const QString &file, const Issue &issue)
{
    const QString severity = issue.isError() ? Cli::tr("error") : Cli::tr("warning");
    const QString rule =
        issue.errcode ? QStringLiteral("%1, %2").arg(issue.rule).arg(*issue.errcode) : issue.rule;
    return QStringLiteral("%1: %2: %3: %4 [%5]\n")
        .arg(file, severity, issue.path, issue.message, rule);
}

} // namespace

namespace ValidateCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON object."));
    parser.addOption(json);
    LinkCheckRun links;
    links.addOptions(parser);
    const QString validateUsage = Cli::tr(
        "Usage: wemenu validate FILE [--json]\n"
        "\n"
        "Checks FILE against WeChat's menu rules. FILE may be a WeMenu document, a menu/create\n"
        "or menu/addconditional request body, a menu/get response or a\n"
        "get_current_selfmenu_info response.\n"
        "\n"
        "Options:\n"
        "  --json   print {\"file\",\"shape\",\"errors\",\"warnings\",\"issues\":[...]}\n"
        "\n"
        "Exit codes: 0 no errors (warnings allowed), 1 errors, 2 FILE unreadable or not a menu,\n"
        "64 usage error.\n");
    const QString usage = validateUsage + LinkCheckRun::usage();
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    QString file;
    if (!CommandLine::oneFile(parser, QStringLiteral("validate"), usage, &file))
        return ExitCode::Usage;
    const bool asJson = parser.isSet(json);
    if (QString why; !links.readOptions(parser, &why))
        return CommandLine::usageError(QStringLiteral("validate"), why, usage);

    const ReadResult read = MenuFile::readFile(file);
    if (!read.ok) {
        const QString message = QStringLiteral("%1: %2").arg(file, read.error.message);
        CommandLine::err(message + QLatin1Char('\n'));
        if (asJson) {
            Issue issue;
            issue.rule =
                read.error.line > 0 ? QStringLiteral("file.syntax") : QStringLiteral("file.shape");
            issue.path = read.error.path;
            issue.message = read.error.message;
            CommandLine::out(QString::fromUtf8(jsonReport(file, Shape::Unknown, {issue})));
        }
        return ExitCode::BadInput;
    }

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
    const int errors = IssueSummary::errorCount(issues);
    if (asJson) {
        CommandLine::out(QString::fromUtf8(jsonReport(file, read.shape, issues)));
    } else {
        QString text;
        for (const Issue &issue : issues)
            text += textLine(file, issue);
        text += Cli::tr("%1: %2 error(s), %3 warning(s) (read as %4)\n")
                    .arg(file)
                    .arg(errors)
                    .arg(IssueSummary::warningCount(issues))
                    .arg(shapeName(read.shape));
        CommandLine::out(text);
    }
    return errors > 0 ? ExitCode::Errors : ExitCode::Ok;
}

} // namespace ValidateCommand

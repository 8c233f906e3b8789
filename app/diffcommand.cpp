#include "diffcommand.h"

#include "cliresult.h"
#include "commandline.h"

#include <jsonwriter.h>
#include <menuchanges.h>
#include <menufile.h>
#include <reviewpdf.h>

#include <QCommandLineParser>
#include <QFileInfo>

namespace {

/// The file git passes for the missing side of an added or deleted file.
const QString kNullFile = QStringLiteral("/dev/null");

/// One side of the comparison: a document, or why it could not be read.
struct Side
{
    QString name; ///< as given (or, in git's form, the path in the repository)
    bool ok = false;
    bool empty = false; ///< /dev/null: an empty document
    DocumentData data;
    QString error; ///< the reader's message, naming the line and column where it has them
};

Side readSide(const QString &fileName, const QString &shownName)
{
    Side side;
    side.name = shownName;
    if (fileName == kNullFile) {
        side.ok = true;
        side.empty = true;
        return side;
    }
    const ReadResult read = MenuFile::readFile(fileName);
    side.ok = read.ok;
    side.data = read.data;
    side.error = read.error.message;
    return side;
}

/// An empty document has the default menu only when the other side has one, so that an added
/// or deleted file lists its default menu's buttons and its conditional menus.
void fillEmpty(Side *side, const Side &other)
{
    if (side->empty) {
        side->data = DocumentData();
        side->data.hasDefaultMenu = !other.ok || other.data.hasDefaultMenu;
    }
}

/// Every option and argument of the command, parsed.
struct Options
{
    bool json = false;
    bool gitForm = false;
    QString pdf;         ///< --pdf: the sign-off PDF to write, or empty
    QString accountName; ///< --account-name: the account the PDF names
    bool practice = false;
    QString oldFile;
    QString newFile;
    QString oldName; ///< as --json and the messages name OLD
    QString newName;
};

/// The changes in words, one a line.
QString wordsOf(const QList<MenuChange> &changes, const Side &before, const Side &after,
                const QString &indent = QString())
{
    QString text;
    for (const MenuChange &change : changes)
        text += indent + MenuChanges::describe(change, before.data, after.data) + QLatin1Char('\n');
    return text;
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

/// {"old","new","changes":[{"kind","menu","path","field","from","to"}]}: every key always
/// present, null where it does not apply; "old_path" only for button-moved, "old_menu" only
/// for menu-moved.
QString jsonOf(const QList<MenuChange> &changes, const QString &oldName, const QString &newName)
{
    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("old"));
    writer.value(oldName);
    writer.key(QStringLiteral("new"));
    writer.value(newName);
    writer.key(QStringLiteral("changes"));
    writer.beginArray();
    for (const MenuChange &change : changes) {
        const bool hasField = change.kind == MenuChange::Kind::ButtonChanged ||
                              change.kind == MenuChange::Kind::RuleChanged;
        writer.beginObject();
        writer.key(QStringLiteral("kind"));
        writer.value(MenuChange::kindName(change.kind));
        writer.key(QStringLiteral("menu"));
        writer.value(change.menuKey());
        writer.key(QStringLiteral("path"));
        writer.value(nullIfEmpty(change.path));
        writer.key(QStringLiteral("field"));
        writer.value(hasField ? QJsonValue(change.field) : QJsonValue());
        writer.key(QStringLiteral("from"));
        writer.value(hasField ? QJsonValue(change.from) : QJsonValue());
        writer.key(QStringLiteral("to"));
        writer.value(hasField ? QJsonValue(change.to) : QJsonValue());
        if (change.kind == MenuChange::Kind::ButtonMoved) {
            writer.key(QStringLiteral("old_path"));
            writer.value(change.oldPath);
        }
        if (change.kind == MenuChange::Kind::MenuMoved) {
            MenuChange old = change;
            old.menu = change.oldMenu;
            writer.key(QStringLiteral("old_menu"));
            writer.value(old.menuKey());
        }
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    return QString::fromUtf8(writer.result());
}

/// git's form: a header naming the path, then the changes (or why a side cannot be read)
/// indented; exit 0 whatever happened, since a non-zero exit stops git.
int runGitForm(const Options &options, Side before, Side after)
{
    fillEmpty(&before, after);
    fillEmpty(&after, before);
    QString text = options.oldName == options.newName
                       ? Cli::tr("Menus in %1:\n").arg(options.newName)
                       : Cli::tr("Menus in %1 (was %2):\n").arg(options.newName, options.oldName);
    const QString indent = QStringLiteral("  ");
    if (!before.ok)
        text += indent +
                Cli::tr("The old version is not a menu WeMenu can read: %1\n").arg(before.error);
    if (!after.ok)
        text += indent +
                Cli::tr("The new version is not a menu WeMenu can read: %1\n").arg(after.error);
    if (before.ok && after.ok) {
        const QList<MenuChange> changes = MenuChanges::compare(before.data, after.data);
        if (options.json) {
            CommandLine::out(jsonOf(changes, options.oldName, options.newName));
            return ExitCode::Ok;
        }
        text += changes.isEmpty() ? indent + Cli::tr("No change to the menus.\n")
                                  : wordsOf(changes, before, after, indent);
    }
    CommandLine::out(text);
    return ExitCode::Ok;
}

} // namespace

namespace DiffCommand {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print one JSON object."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Cli::tr("Also write a sign-off PDF."),
                                 QStringLiteral("OUT.pdf"));
    const QCommandLineOption accountName(QStringLiteral("account-name"),
                                         Cli::tr("The account the PDF names."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption practice(QStringLiteral("practice"),
                                      Cli::tr("The PDF is for a practice account."));
    parser.addOption(json);
    parser.addOption(pdf);
    parser.addOption(accountName);
    parser.addOption(practice);
    const QString usage = Cli::tr(
        "Usage: wemenu diff OLD NEW [--json] [--pdf OUT.pdf [--account-name NAME] [--practice]]\n"
        "\n"
        "Prints what changed from OLD to NEW, button by button, in words, one change a line.\n"
        "OLD and NEW may be WeMenu documents, menu/create or menu/addconditional request\n"
        "bodies, menu/get or get_current_selfmenu_info responses; /dev/null is an empty\n"
        "document. Conditional menus are paired by their names, else by an equal rule, else by\n"
        "their place counted from the oldest.\n"
        "\n"
        "Options:\n"
        "  --json               print "
        "{\"old\",\"new\",\"changes\":[{\"kind\",\"menu\",\"path\",\"field\",\"from\","
        "\"to\"}]}\n"
        "  --pdf OUT.pdf        also write a sign-off PDF: every changed menu before and after\n"
        "                       as phones, the changes in words and a line for a signature\n"
        "  --account-name NAME  the account the PDF names (default: NEW's file name)\n"
        "  --practice           the PDF says it is for a practice account\n"
        "\n"
        "As git's external diff driver (git passes PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE\n"
        "NEW-HEX NEW-MODE) it prints the changes under a line naming PATH and always exits 0:\n"
        "  git config diff.wemenu.command \"wemenu diff\"\n"
        "  echo '*.wemenu.json diff=wemenu' >> .gitattributes\n"
        "\n"
        "Exit codes: 0 the same menus, 1 different, 2 OLD or NEW unreadable or not a menu\n"
        "or OUT.pdf not writable (then no PDF is left), 64 usage error.\n");
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;

    const QString command = QStringLiteral("diff");
    const QStringList files = parser.positionalArguments();
    Options options;
    options.json = parser.isSet(json);
    options.pdf = parser.value(pdf);
    options.accountName = parser.value(accountName);
    options.practice = parser.isSet(practice);
    if (parser.isSet(pdf) && options.pdf.isEmpty())
        return CommandLine::usageError(command, Cli::tr("--pdf needs a file name."), usage);
    if (options.pdf.isEmpty() && (parser.isSet(accountName) || options.practice))
        return CommandLine::usageError(
            command, Cli::tr("--account-name and --practice go with --pdf."), usage);
    if (files.size() == 7 || files.size() == 9) {
        // git's form: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE [NEW-PATH MSG].
        options.gitForm = true;
        options.oldName = files.at(0);
        options.newName = files.size() == 9 ? files.at(7) : files.at(0);
        options.oldFile = files.at(1);
        options.newFile = files.at(4);
    } else if (files.size() == 2) {
        options.oldName = options.oldFile = files.at(0);
        options.newName = options.newFile = files.at(1);
    } else if (files.size() == 1 && qEnvironmentVariableIsSet("GIT_DIFF_PATH_TOTAL")) {
        // git passes the path alone for an unmerged file.
        CommandLine::out(
            Cli::tr("Menus in %1:\n  Unmerged: resolve the conflict first.\n").arg(files.first()));
        return ExitCode::Ok;
    } else {
        return CommandLine::usageError(command, Cli::tr("expected OLD and NEW."), usage);
    }

    if (options.gitForm && !options.pdf.isEmpty())
        return CommandLine::usageError(command, Cli::tr("--pdf goes with OLD and NEW only."),
                                       usage);

    const Side before = readSide(options.oldFile, options.oldName);
    const Side after = readSide(options.newFile, options.newName);
    if (options.gitForm)
        return runGitForm(options, before, after);

    for (const Side *side : {&before, &after}) {
        if (!side->ok)
            CommandLine::err(QStringLiteral("%1: %2\n").arg(side->name, side->error));
    }
    if (!before.ok || !after.ok)
        return ExitCode::BadInput;
    Side old = before;
    Side current = after;
    fillEmpty(&old, after);
    fillEmpty(&current, before);
    const QList<MenuChange> changes = MenuChanges::compare(old.data, current.data);
    if (!options.pdf.isEmpty()) {
        ReviewPdfContent content;
        content.accountLabel = options.accountName.isEmpty() ? QFileInfo(options.newName).fileName()
                                                             : options.accountName;
        content.practice = options.practice;
        content.date = QDateTime::currentDateTime();
        content.before = old.data;
        content.after = current.data;
        QString error;
        if (!ReviewPdf::write(options.pdf, content, &error)) {
            CommandLine::err(QStringLiteral("wemenu diff: %1\n").arg(error));
            return ExitCode::BadInput;
        }
    }
    CommandLine::out(options.json ? jsonOf(changes, options.oldName, options.newName)
                                  : wordsOf(changes, old, current));
    return changes.isEmpty() ? ExitCode::Ok : ExitCode::Errors;
}

} // namespace DiffCommand

bool DiffCommand::writesPdf(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "--pdf" || argument.startsWith("--pdf="))
            return true;
    }
    return false;
}

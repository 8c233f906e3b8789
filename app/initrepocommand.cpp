#include "initrepocommand.h"

#include "cli.h"
#include "cliresult.h"
#include "commandline.h"

#include <menufile.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

const QString kAttributeLine = QStringLiteral("*.wemenu.json diff=wemenu");
/// Marks the hooks WeMenu wrote, so that a second run updates them instead of chaining them.
const QString kHookMarker = QStringLiteral("wemenu-pre-commit-hook");
/// Where a hook of another tool goes; WeMenu's hook runs it first.
const QString kChainedHook = QStringLiteral("pre-commit.before-wemenu");

struct GitRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

GitRun runGit(const QString &git, const QStringList &arguments)
{
    QProcess process;
    process.start(git, arguments);
    GitRun run;
    if (!process.waitForStarted() || !process.waitForFinished(-1)) {
        run.err = process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

/// `text` as one word for sh: as it is when it holds only safe characters, else single-quoted.
QString shellQuoted(const QString &text)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./+:@%=-]+$"));
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

/// The line is the attribute WeMenu needs, whatever the spacing.
bool isAttributeLine(const QString &line)
{
    return line.simplified() == kAttributeLine;
}

/// Adds the attribute line to `.gitattributes` in `top` unless it is there; `*added` says which.
bool writeAttributes(const QString &top, bool *added, QString *error)
{
    const QString fileName = QDir(top).filePath(QStringLiteral(".gitattributes"));
    QByteArray bytes;
    QFile file(fileName);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(fileName, file.errorString());
            return false;
        }
        bytes = file.readAll();
        file.close();
    }
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    *added = std::none_of(lines.begin(), lines.end(), isAttributeLine);
    if (!*added)
        return true;
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += '\n';
    bytes += kAttributeLine.toUtf8() + '\n';
    return MenuFile::writeFile(fileName, bytes, error);
}

enum class HookResult { Installed, Updated, Unchanged, Chained, Refused, Failed };

/// Installs the pre-commit hook in `hooks`; a hook of another tool moves to kChainedHook and
/// runs first.
HookResult writeHook(const QString &hooks, const QString &script, QString *error)
{
    if (!QDir().mkpath(hooks)) {
        *error = Cli::tr("%1: cannot create the folder.").arg(hooks);
        return HookResult::Failed;
    }
    const QString fileName = QDir(hooks).filePath(QStringLiteral("pre-commit"));
    const QFileInfo info(fileName);
    HookResult result = HookResult::Installed;
    if (info.exists() || info.isSymLink()) {
        QFile existing(fileName);
        const QByteArray bytes =
            existing.open(QIODevice::ReadOnly) ? existing.readAll() : QByteArray();
        if (bytes == script.toUtf8() && info.isExecutable())
            return HookResult::Unchanged;
        if (bytes.contains(kHookMarker.toUtf8()) && !info.isSymLink()) {
            result = HookResult::Updated;
        } else {
            const QString chained = QDir(hooks).filePath(kChainedHook);
            if (QFileInfo::exists(chained) || QFileInfo(chained).isSymLink()) {
                *error = Cli::tr("%1 is another tool's hook and %2 exists too; WeMenu changes "
                                 "neither. Merge them by hand (or remove %2), then run "
                                 "\"wemenu init-repo\" again.")
                             .arg(fileName, chained);
                return HookResult::Refused;
            }
            if (!QFile::rename(fileName, chained)) {
                *error = Cli::tr("%1: cannot move the existing hook to %2.").arg(fileName, chained);
                return HookResult::Failed;
            }
            result = HookResult::Chained;
        }
    }
    if (!MenuFile::writeFile(fileName, script.toUtf8(), error))
        return HookResult::Failed;
    QFile hook(fileName);
    if (!hook.setPermissions(hook.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                             QFileDevice::ExeOther)) {
        *error = QStringLiteral("%1: %2").arg(fileName, hook.errorString());
        return HookResult::Failed;
    }
    return result;
}

QString usageText()
{
    return Cli::tr(
        "Usage: wemenu init-repo [DIR]\n"
        "\n"
        "Sets up the git repository that holds DIR (default: the current folder) for menus:\n"
        "  .gitattributes     *.wemenu.json diff=wemenu (added once)\n"
        "  git config         diff.wemenu.command: this wemenu's diff, so that git diff\n"
        "                     prints the menus' changes in words\n"
        "                     alias.menulog \"log -p --ext-diff\", alias.menushow\n"
        "                     \"show --ext-diff\": git menulog, git menushow\n"
        "  pre-commit hook    runs wemenu fmt --check and wemenu validate on the staged\n"
        "                     version of every *.wemenu.json and refuses a commit that is\n"
        "                     not in the canonical form, breaks a rule or cannot be read\n"
        "                     (a hook of another tool is kept as pre-commit.before-wemenu\n"
        "                     and runs first)\n"
        "Running it again changes nothing.\n"
        "\n"
        "Exit codes: 0 done, 1 a step failed (the message says which), 2 DIR is not in a\n"
        "git work tree, 64 usage error, 69 git is not installed.\n");
}

} // namespace

namespace InitRepoCommand {

QString hookScript(const QString &program)
{
    const auto say = [](const QString &text) { return shellQuoted(text); };
    QString script = QStringLiteral(
        "#!/bin/sh\n"
        "# %1: installed by \"wemenu init-repo\"; run it again to update this file.\n"
        "# Checks the staged version of every *.wemenu.json with \"wemenu fmt --check\" and\n"
        "# \"wemenu validate\", and refuses the commit when one is not in the canonical form,\n"
        "# breaks one of WeChat's menu rules or cannot be read.\n"
        "wemenu=%2\n"
        "hooks=$(dirname \"$0\")\n"
        "if [ -x \"$hooks/%3\" ]; then\n"
        "    \"$hooks/%3\" \"$@\" || exit $?\n"
        "fi\n"
        "if [ ! -x \"$wemenu\" ]; then\n"
        "    wemenu=$(command -v wemenu) || { printf '%s\\n' %4 >&2; exit 1; }\n"
        "fi\n"
        "staged=$(git -c core.quotePath=false diff --cached --name-only --diff-filter=ACMRT "
        "-- '*.wemenu.json') || { printf '%s\\n' %5 >&2; exit 1; }\n"
        "[ -n \"$staged\" ] || exit 0\n"
        "tmp=$(mktemp -d \"${TMPDIR:-/tmp}/wemenu-pre-commit.XXXXXX\") || exit 1\n"
        "trap 'rm -rf \"$tmp\"' EXIT\n"
        "trap 'exit 1' HUP INT TERM\n"
        "status=0\n"
        "IFS='\n"
        "'\n"
        "set -f\n"
        "set --\n"
        "# The staged bytes, not the working file: a partly staged file is checked as committed.\n"
        "for path in $staged; do\n"
        "    if mkdir -p \"$tmp/$(dirname \"$path\")\" && git cat-file blob \":$path\" > "
        "\"$tmp/$path\"; then\n"
        "        set -- \"$@\" \"$path\"\n"
        "    else\n"
        "        printf '%s: %s\\n' \"$path\" %6 >&2\n"
        "        status=1\n"
        "    fi\n"
        "done\n"
        "if [ $# -gt 0 ]; then\n"
        "    cd \"$tmp\" || exit 1\n"
        "    if ! \"$wemenu\" validate -- \"$@\" >&2; then\n"
        "        printf '%s\\n' %7 >&2\n"
        "        status=1\n"
        "    fi\n"
        "    if ! \"$wemenu\" fmt --check -- \"$@\" > \"$tmp/.fmt-check\"; then\n"
        "        if [ -s \"$tmp/.fmt-check\" ]; then\n"
        "            printf '%s\\n' %8 >&2\n"
        "            sed 's/^/  /' \"$tmp/.fmt-check\" >&2\n"
        "        fi\n"
        "        status=1\n"
        "    fi\n"
        "fi\n"
        "if [ $status -ne 0 ]; then\n"
        "    printf '%s\\n' %9 >&2\n"
        "fi\n"
        "exit $status\n");
    return script.arg(
        kHookMarker, shellQuoted(program), kChainedHook,
        say(Cli::tr("wemenu pre-commit: WeMenu is neither at %1 nor on PATH; install it or run "
                    "\"wemenu init-repo\" again. The commit is refused.")
                .arg(program)),
        say(Cli::tr("wemenu pre-commit: git could not list the staged files; the commit is "
                    "refused.")),
        say(Cli::tr("its staged version cannot be read from the index")),
        say(Cli::tr("wemenu pre-commit: a staged menu breaks WeChat's menu rules or cannot be "
                    "read (above).")),
        say(Cli::tr("wemenu pre-commit: not in the canonical form; run \"wemenu fmt FILE\", then "
                    "\"git add FILE\":")),
        say(Cli::tr("wemenu pre-commit: the commit is refused. Fix the menus above, or commit "
                    "with --no-verify to skip this check.")));
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QString usage = usageText();
    if (const int code = CommandLine::parse(parser, arguments, usage); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return CommandLine::usageError(QStringLiteral("init-repo"),
                                       Cli::tr("expected at most one DIR."), usage);
    const QString dir = positional.isEmpty() ? QStringLiteral(".") : positional.first();

    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty()) {
        CommandLine::err(Cli::tr("wemenu init-repo: git is not installed (not found on PATH).\n"));
        return ExitCode::Unavailable;
    }
    const GitRun top = runGit(git, {QStringLiteral("-C"), dir, QStringLiteral("rev-parse"),
                                    QStringLiteral("--show-toplevel")});
    if (top.exitCode != 0 || top.out.isEmpty()) {
        CommandLine::err(Cli::tr("wemenu init-repo: %1 is not in a git work tree; run \"git "
                                 "init\" there first, or name a folder of a repository.%2\n")
                             .arg(dir, top.err.isEmpty()
                                           ? QString()
                                           : QStringLiteral(" (git: %1)").arg(top.err)));
        return ExitCode::BadInput;
    }
    const QString root = top.out;
    CommandLine::out(Cli::tr("Setting up menus in git in %1:\n").arg(root));

    int failures = 0;
    const auto fail = [&failures](const QString &message) {
        CommandLine::err(QStringLiteral("wemenu init-repo: %1\n").arg(message));
        ++failures;
    };

    bool added = false;
    QString error;
    if (writeAttributes(root, &added, &error)) {
        CommandLine::out((added ? Cli::tr("  .gitattributes: added %1\n")
                                : Cli::tr("  .gitattributes: %1 (already there)\n"))
                             .arg(kAttributeLine));
    } else {
        fail(error);
    }

    const QString program = QCoreApplication::applicationFilePath();
    const QList<std::pair<QString, QString>> settings = {
        {QStringLiteral("diff.wemenu.command"), shellQuoted(program) + QStringLiteral(" diff")},
        {QStringLiteral("alias.menulog"), QStringLiteral("log -p --ext-diff")},
        {QStringLiteral("alias.menushow"), QStringLiteral("show --ext-diff")}};
    for (const auto &[key, value] : settings) {
        const GitRun set = runGit(git, {QStringLiteral("-C"), root, QStringLiteral("config"),
                                        QStringLiteral("--local"), key, value});
        if (set.exitCode == 0)
            CommandLine::out(QStringLiteral("  git config %1 %2\n").arg(key, shellQuoted(value)));
        else
            fail(Cli::tr("git config %1 failed: %2").arg(key, set.err));
    }

    const GitRun hooksPath = runGit(git, {QStringLiteral("-C"), root, QStringLiteral("rev-parse"),
                                          QStringLiteral("--git-path"), QStringLiteral("hooks")});
    if (hooksPath.exitCode != 0 || hooksPath.out.isEmpty()) {
        fail(Cli::tr("git does not say where the hooks go: %1").arg(hooksPath.err));
    } else {
        const QString hooks = QDir::cleanPath(QDir(root).absoluteFilePath(hooksPath.out));
        const QString hook = QDir(hooks).filePath(QStringLiteral("pre-commit"));
        switch (writeHook(hooks, hookScript(program), &error)) {
        case HookResult::Installed:
            CommandLine::out(Cli::tr("  pre-commit hook: installed %1\n").arg(hook));
            break;
        case HookResult::Updated:
            CommandLine::out(Cli::tr("  pre-commit hook: updated %1\n").arg(hook));
            break;
        case HookResult::Unchanged:
            CommandLine::out(Cli::tr("  pre-commit hook: %1 (already there)\n").arg(hook));
            break;
        case HookResult::Chained:
            CommandLine::out(Cli::tr("  pre-commit hook: installed %1; the hook that was there is "
                                     "now %2 and runs first\n")
                                 .arg(hook, QDir(hooks).filePath(kChainedHook)));
            break;
        case HookResult::Refused:
        case HookResult::Failed:
            fail(error);
            break;
        }
    }
    if (failures > 0)
        return ExitCode::Errors;
    CommandLine::out(Cli::tr("Done. git diff shows menus in words; git menulog and git menushow "
                             "do the same for git log -p and git show.\n"));
    return ExitCode::Ok;
}

} // namespace InitRepoCommand

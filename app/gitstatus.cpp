#include "gitstatus.h"

#include "documentcontroller.h"

#include <menudocument.h>

#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

#include <utility>

GitStatus::GitStatus(QWidget *window)
    : QObject(window)
    , m_git(QStandardPaths::findExecutable(QStringLiteral("git")))
    , m_label(new QLabel)
{
    m_label->setObjectName(QStringLiteral("gitStatus"));
    m_label->hide();
    window->installEventFilter(this);
}

GitStatus::~GitStatus()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished();
    }
}

void GitStatus::setFile(const QString &fileName)
{
    m_file = fileName;
    refresh();
}

void GitStatus::follow(DocumentController *files)
{
    const auto check = [this, files] { setFile(files->document()->fileName()); };
    connect(files, &DocumentController::titleChanged, this, check);
    connect(files, &DocumentController::documentReplaced, this, check);
    check();
}

void GitStatus::refresh()
{
    if (m_git.isEmpty() || m_file.isEmpty()) {
        show(QString(), QString());
        return;
    }
    if (!m_windowDrawn) { // git waits until the window is on screen: never delays its start
        m_again = true;
        return;
    }
    if (m_process) { // one check at a time; the newest request runs after it
        m_again = true;
        return;
    }
    const QFileInfo file(m_file);
    m_process = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("GIT_OPTIONAL_LOCKS"), QStringLiteral("0")); // never in the way
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    m_process->setProcessEnvironment(env);
    m_process->setWorkingDirectory(file.absolutePath());
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) {
                finished(status == QProcess::NormalExit ? exitCode : -1);
            });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finished(-1);
    });
    m_process->start(m_git, {QStringLiteral("status"), QStringLiteral("--porcelain=v2"),
                             QStringLiteral("--branch"), QStringLiteral("--ignored"),
                             QStringLiteral("--untracked-files=all"), QStringLiteral("--"),
                             file.fileName()});
}

void GitStatus::finished(int exitCode)
{
    const QString out =
        exitCode == 0 ? QString::fromUtf8(m_process->readAllStandardOutput()) : QString();
    m_process->deleteLater();
    m_process = nullptr;
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    if (exitCode != 0) { // not in a work tree, or git failed: say nothing
        show(QString(), QString());
        emit updated();
        return;
    }
    QString branch;
    QString state = tr("committed");
    QString toolTip = tr("The file is in a git repository and has no changes since the last "
                         "commit.");
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("# branch.head "))) {
            branch = line.mid(14);
        } else if (line.startsWith(QLatin1String("? "))) {
            state = tr("not in git yet");
            toolTip = tr("The file is in a git repository but was never added (git add).");
        } else if (line.startsWith(QLatin1String("! "))) {
            state = tr("ignored by git");
            toolTip = tr("The file is in a git repository, which ignores it (.gitignore).");
        } else if (!line.startsWith(QLatin1Char('#'))) {
            state = tr("uncommitted changes");
            toolTip = tr("The file has changes that are not committed to git yet.");
        }
    }
    if (branch.isEmpty() || branch == QLatin1String("(detached)"))
        show(tr("git: %1").arg(state), toolTip);
    else
        show(tr("git: %1 · %2").arg(branch, state), toolTip);
    emit updated();
}

void GitStatus::show(const QString &text, const QString &toolTip)
{
    m_label->setText(text);
    m_label->setToolTip(toolTip);
    m_label->setVisible(!text.isEmpty());
}

bool GitStatus::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_windowDrawn &&
        (event->type() == QEvent::Paint || event->type() == QEvent::WindowActivate)) {
        m_windowDrawn = true;
        // The check asked for before runs once this paint is done.
        if (std::exchange(m_again, false))
            QTimer::singleShot(0, this, &GitStatus::refresh);
    } else if (event->type() == QEvent::WindowActivate) {
        refresh();
    }
    return QObject::eventFilter(watched, event);
}

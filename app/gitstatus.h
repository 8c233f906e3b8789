#pragma once

#include <QObject>
#include <QString>

class DocumentController;
class QLabel;
class QProcess;
class QWidget;

/**
 * The status bar's word on git: when the open file is in a git work tree, "git: BRANCH ·
 * committed" or "· uncommitted changes" (also: not yet added, ignored). Read with `git status`
 * in the background, never blocking the window; checked again after each setFile() and when
 * the window becomes active. Without git, or for a file outside a repository (or untitled),
 * the label stays hidden.
 */
class GitStatus : public QObject
{
    Q_OBJECT

public:
    /// Watches `window` for activation; the label is owned by whoever adds it to a layout.
    explicit GitStatus(QWidget *window);
    ~GitStatus() override;

    /// The status bar label (object name "gitStatus").
    QLabel *label() const { return m_label; }
    /// The open file (empty: untitled); checks it again even when it did not change.
    void setFile(const QString &fileName);
    /// Follows the file `files` has open: checked now and after every open, save and new one.
    void follow(DocumentController *files);
    /// Checks the open file again; before the window is first drawn (or activated), the check
    /// waits for that.
    void refresh();
    /// True while git runs.
    bool isChecking() const { return m_process != nullptr; }

signals:
    /// A check finished and the label shows its result (tests wait for it).
    void updated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(const QString &text, const QString &toolTip);
    void finished(int exitCode);

    QString m_git; ///< the git executable, empty when not installed
    QLabel *m_label;
    QString m_file;
    QProcess *m_process = nullptr;
    bool m_again = false;       ///< another check was asked for while one ran, or before the paint
    bool m_windowDrawn = false; ///< the watched window was drawn or activated
};

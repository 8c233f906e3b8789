#pragma once

#include <linkresult.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>

class LinkChecker;
class MenuDocument;
class Prompter;
class QHostInfo;

/**
 * The editor's link checks: shortly after a link is typed (debounced), every link of the
 * document is asked in the background through the LinkChecker, and the problems become the
 * document's link issues (MenuDocument::setLinkIssues), which the Problems list and the form
 * show. A link whose host is this computer or the user's own network is asked only after the
 * user agrees, once per host: a menu file must not make the editor probe the network.
 */
class LinkChecks : public QObject
{
    Q_OBJECT

public:
    enum class State {
        None,     ///< not asked (checks off, not a web link, not yet)
        Checking, ///< being asked
        Fine,     ///< it answers
        Problem,  ///< see message()
        NotAsked, ///< on the user's network, and the user said no
    };
    Q_ENUM(State)

    static constexpr int kDefaultDelayMs = 800;

    /// `prompter` asks about private addresses, with `window` as the parent.
    LinkChecks(LinkChecker *checker, Prompter *prompter, QWidget *window,
               QObject *parent = nullptr);
    /// The editor's link checks: a checker and network access of their own (the system proxy,
    /// loopback direct), owned by the result; on or off as Preferences say.
    static LinkChecks *create(Prompter *prompter, QWidget *window, QObject *parent);

    void setDocument(MenuDocument *document);
    /// Off: nothing is asked and the document has no link issues.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// How long typing must pause before the links are asked.
    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }

    State state(const QString &url) const;
    /// The state in words: "Checking the link…", "The page answers.", the problem.
    QString message(const QString &url) const;
    /// Whether any link is being asked or awaits the user's answer.
    bool isBusy() const { return !m_checking.isEmpty(); }

    /**
     * Asks every link of the document now and calls `done` once each has its answer (at once
     * when checks are off or every link is known).
     */
    void checkAll(std::function<void()> done);
    /**
     * Before Compare and Publish: asks every link, then calls `proceed` when none has a
     * problem, or when the user, told which ones have, chooses to go on. A problem is a
     * warning to confirm, never a block.
     */
    void confirmBeforePublish(std::function<void()> proceed);

signals:
    /// The state of one or more links changed.
    void statesChanged();
    /// A note for the status bar ("Checking every link before publishing…").
    void statusMessage(const QString &text);

private:
    void checkDocument();
    void ask(const QString &url);
    void hostResolved(const QString &host, const QHostInfo &info);
    void consentGiven(const QString &host, bool isPrivate);
    void answered(const QString &url, const LinkResult &result);
    void publishIssues();
    void settle();

    enum class Consent { Asking, Yes, No };

    LinkChecker *m_checker;
    Prompter *m_prompter;
    QPointer<QWidget> m_window;
    QPointer<MenuDocument> m_document;
    bool m_enabled = false;
    QTimer m_delay;
    QHash<QString, LinkResult> m_results;         ///< url -> its last answer
    QSet<QString> m_checking;                     ///< urls asked or waiting for their host
    QSet<QString> m_notAsked;                     ///< urls the user chose not to ask
    QHash<QString, QStringList> m_waitingForHost; ///< host -> urls waiting for it
    QHash<QString, Consent> m_consent;            ///< host -> the user's answer
    QList<std::function<void()>> m_whenDone;
};

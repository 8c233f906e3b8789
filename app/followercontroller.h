#pragma once

#include <QHash>
#include <QObject>

class FollowerBar;
class MatchRuleEditor;
class MenuDocument;
class MenusPanel;
class PublishingActions;

/**
 * "Preview as a follower": shows the menu the follower of the bar sees and says why, reads
 * the account's tags for the match rules, and asks the account's server (trymatch) which menu
 * a real follower sees.
 */
class FollowerController : public QObject
{
    Q_OBJECT

public:
    /// The widgets are not owned. `publishing` may be null: no tags, no server to ask.
    FollowerController(FollowerBar *bar, MenusPanel *menus, MatchRuleEditor *ruleEditor,
                       PublishingActions *publishing, QObject *parent = nullptr);

    /// The document now shown (after the menus panel has it).
    void setDocument(const MenuDocument *document);
    /// Shows the menu the follower of the bar sees, and says why.
    void previewAsFollower();
    /// After an edit: the preview follows the follower again when the bar is active.
    void refresh();
    /// Reads the account's tags for the rule editor and the menu labels.
    void fetchTags();
    /// Asks the server which menu a follower sees (trymatch) and shows it.
    void askServer(const QString &userId);

signals:
    /// The menu to show (-1 default).
    void menuWanted(int menu);

private:
    /// Shows `text` on the bar's explanation line, `technical` in its tooltip.
    void explain(const QString &text, const QString &technical = {});

    FollowerBar *m_bar;
    MenusPanel *m_menus;
    MatchRuleEditor *m_ruleEditor;
    PublishingActions *m_publishing;
    const MenuDocument *m_document = nullptr;
    QHash<QString, QString> m_tagNames;
};

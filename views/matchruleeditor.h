#pragma once

#include <QPair>
#include <QPointer>
#include <QWidget>

class MenuDocument;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

/**
 * The name and the rule of the conditional menu shown: its name (ours alone), the tag, chosen by
 * name from the account's tags (typing an id works offline too), and the phone platform. Privacy
 * fields of an imported menu are shown read-only with WeChat's verdict (65320) and can be removed
 * in one click.
 */
class MatchRuleEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MatchRuleEditor(QWidget *parent = nullptr);

    void setDocument(MenuDocument *document);
    /// The conditional menu to edit; -1 (the default menu) hides the editor.
    void setMenu(int menuIndex);
    /// The account's tags: (id, name).
    void setTags(const QList<QPair<QString, QString>> &tags);

    /// The menu's own name ("VIP members"), kept in the file and never sent to WeChat.
    QLineEdit *nameEdit();
    QComboBox *tagCombo();
    QComboBox *platformCombo();
    QPushButton *removePrivacyButton();
    QLabel *issues();

    /// Applies what the tag box shows (an item, or an id typed in).
    void applyTag();

signals:
    /// The editor was shown for a conditional menu and has no tag names yet.
    void tagsWanted();

private:
    /// The fields are made the first time a conditional menu is shown: most documents have none.
    void build();
    void fillTags();
    void refresh();
    void applyPlatform();
    void applyName();

    QPointer<MenuDocument> m_document;
    int m_menu = -1;
    int m_shownMenu = -1; ///< the menu whose name the name field shows
    bool m_haveTags = false;
    bool m_refreshing = false;
    QList<QPair<QString, QString>> m_tags;
    QLineEdit *m_name = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_platform = nullptr;
    QLabel *m_privacy = nullptr;
    QPushButton *m_removePrivacy = nullptr;
    QLabel *m_issues = nullptr;
};

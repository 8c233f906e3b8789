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
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *tagCombo() const { return m_tag; }
    QComboBox *platformCombo() const { return m_platform; }
    QPushButton *removePrivacyButton() const { return m_removePrivacy; }
    QLabel *issues() const { return m_issues; }

    /// Applies what the tag box shows (an item, or an id typed in).
    void applyTag();

signals:
    /// The editor was shown for a conditional menu and has no tag names yet.
    void tagsWanted();

private:
    void refresh();
    void applyPlatform();
    void applyName();

    QPointer<MenuDocument> m_document;
    int m_menu = -1;
    int m_shownMenu = -1; ///< the menu whose name the name field shows
    bool m_haveTags = false;
    bool m_refreshing = false;
    QLineEdit *m_name;
    QComboBox *m_tag;
    QComboBox *m_platform;
    QLabel *m_privacy;
    QPushButton *m_removePrivacy;
    QLabel *m_issues;
};

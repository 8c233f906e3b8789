#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class MenuDocument;
class MenuListModel;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

/// Lists every validation issue of the document; activating one asks to jump to its field.
class IssuesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IssuesPanel(QWidget *parent = nullptr);

    void setDocument(MenuDocument *document);
    /// The menus list of the document: its labels name the menus here too (one label, one
    /// numbering, the account's tag names).
    void setMenuList(const MenuListModel *menus);
    QTreeWidget *list() const { return m_list; }
    /// Applies the chosen problem's one-click fix (rename or remove a key) as one undo step.
    QPushButton *fixButton() const { return m_fixButton; }

    /// "Default menu › 门店 › 在线点单 › Link" for "menu.button[1].sub_button[1].url"; a
    /// conditional menu is named by its label (MenuLabel) with the tag names given.
    static QString describePath(const MenuDocument &document, const QString &path,
                                const QHash<QString, QString> &tagNames = {});

signals:
    /// The JSON path of the issue the user double-clicked or pressed Enter on.
    void issueActivated(const QString &path);

private:
    void refresh();
    void updateFixButton(const QTreeWidgetItem *item);

    QPointer<MenuDocument> m_document;
    QPointer<const MenuListModel> m_menus;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QPushButton *m_fixButton;
};

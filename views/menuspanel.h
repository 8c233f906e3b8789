#pragma once

#include <QPointer>
#include <QWidget>

class MenuDocument;
class MenuListModel;
class QAction;
class QListView;
class QToolButton;

/**
 * The menus of the document in priority order (matched first at the top, the default menu
 * last), labelled by their rules; add, duplicate, delete and drag to reorder. Choosing one
 * shows it in the tree, the form and the preview. Compact: a short list of three rows under
 * one row of tool buttons; how the order works is told in a tooltip and behind "?".
 */
class MenusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MenusPanel(QWidget *parent = nullptr);

    void setDocument(MenuDocument *document);
    MenuListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    /// Add, duplicate, delete, export: the panel's actions, also offered by its buttons.
    QAction *addMenuAction() const { return m_add; }
    QAction *duplicateMenuAction() const { return m_duplicate; }
    QAction *deleteMenuAction() const { return m_delete; }
    QAction *exportMenuAction() const { return m_export; }
    /// Selects the row of menu `menuIndex` (-1 default) without emitting menuChosen.
    void setCurrentMenu(int menuIndex);
    int currentMenu() const;

    void addMenu();
    void duplicateMenu();
    void deleteMenu();

signals:
    void menuChosen(int menuIndex);
    /// Export the conditional menu as a menu/addconditional body.
    void exportRequested(int menuIndex);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    /// Keeps the list exactly three rows high, whatever the number of menus.
    void updateListHeight();

    QPointer<MenuDocument> m_document;
    MenuListModel *m_model = nullptr;
    QListView *m_list;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_export;
    bool m_settingCurrent = false;
};

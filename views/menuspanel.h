#pragma once

#include <QPointer>
#include <QWidget>

class MenuDocument;
class MenuListModel;
class QLabel;
class QListView;
class QPushButton;

/**
 * The menus of the document in priority order (matched first at the top, the default menu
 * last), labelled by their rules; add, duplicate, delete and drag to reorder. Choosing one
 * shows it in the tree, the form and the preview.
 */
class MenusPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MenusPanel(QWidget *parent = nullptr);

    void setDocument(MenuDocument *document);
    MenuListModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
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

private:
    void updateButtons();

    QPointer<MenuDocument> m_document;
    MenuListModel *m_model = nullptr;
    QListView *m_list;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_export;
    bool m_settingCurrent = false;
};

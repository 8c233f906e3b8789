#include "menuspanel.h"

#include <menudocument.h>
#include <menulistmodel.h>

#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

MenusPanel::MenusPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("menusPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("menusList"));
    m_list->setAccessibleName(tr("Menus in priority order"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list);
    auto *hint = new QLabel(tr("Followers get the first menu whose rule matches them. Drag to "
                               "change the order; publishing a new order deletes and adds again "
                               "the conditional menus that moved."));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QGridLayout;
    m_add = new QPushButton(tr("&Add Conditional Menu"));
    m_add->setObjectName(QStringLiteral("addMenuButton"));
    m_duplicate = new QPushButton(tr("Du&plicate"));
    m_delete = new QPushButton(tr("Delete Men&u"));
    m_export = new QPushButton(tr("Export Add&conditional Body…"));
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_delete, 1, 0);
    buttons->addWidget(m_export, 1, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &MenusPanel::addMenu);
    connect(m_duplicate, &QPushButton::clicked, this, &MenusPanel::duplicateMenu);
    connect(m_delete, &QPushButton::clicked, this, &MenusPanel::deleteMenu);
    connect(m_export, &QPushButton::clicked, this, [this] { emit exportRequested(currentMenu()); });
    updateButtons();
}

void MenusPanel::setDocument(MenuDocument *document)
{
    m_document = document;
    QAbstractItemModel *old = m_list->model();
    QItemSelectionModel *oldSelection = m_list->selectionModel();
    m_model = document ? new MenuListModel(document, this) : nullptr;
    m_list->setModel(m_model);
    delete oldSelection;
    delete old;
    if (m_model) {
        connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this](const QModelIndex &current) {
                    updateButtons();
                    if (!m_settingCurrent && current.isValid())
                        emit menuChosen(m_model->menuForRow(current.row()));
                });
        connect(m_model, &QAbstractItemModel::modelReset, this, &MenusPanel::updateButtons);
    }
    setCurrentMenu(-1);
}

int MenusPanel::currentMenu() const
{
    const QModelIndex current = m_list->currentIndex();
    return m_model && current.isValid() ? m_model->menuForRow(current.row()) : -1;
}

void MenusPanel::setCurrentMenu(int menuIndex)
{
    if (!m_model)
        return;
    m_settingCurrent = true;
    m_list->setCurrentIndex(m_model->index(m_model->rowForMenu(menuIndex)));
    m_settingCurrent = false;
    updateButtons();
}

void MenusPanel::updateButtons()
{
    const bool conditional = currentMenu() >= 0;
    m_add->setEnabled(m_document != nullptr);
    m_duplicate->setEnabled(conditional);
    m_delete->setEnabled(conditional);
    m_export->setEnabled(conditional);
}

void MenusPanel::addMenu()
{
    if (!m_document)
        return;
    // A new conditional menu starts as a copy of the default menu: the usual way to vary it.
    Menu menu;
    menu.buttons = m_document->data().defaultMenu.buttons;
    const int index = 0; // the newest, tried first, at the top of the list
    if (m_document->addMenu(index, menu, tr("Add Conditional Menu")))
        emit menuChosen(index);
}

void MenusPanel::duplicateMenu()
{
    const int current = currentMenu();
    if (!m_document || current < 0)
        return;
    Menu copy = m_document->data().conditionalMenus.at(current);
    copy.menuId.clear();
    const int index = 0; // added as the newest, like a menu/addconditional
    if (m_document->addMenu(index, copy, tr("Duplicate Conditional Menu")))
        emit menuChosen(index);
}

void MenusPanel::deleteMenu()
{
    const int current = currentMenu();
    if (m_document && current >= 0 && m_document->removeMenu(current))
        emit menuChosen(-1);
}

#include "menuspanel.h"

#include <menudocument.h>
#include <menulistmodel.h>

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace {
constexpr int kListRows = 3;
} // namespace

MenusPanel::MenusPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("menusPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_add = new QAction(tr("&Add Conditional Menu"), this);
    m_add->setObjectName(QStringLiteral("actionAddMenu"));
    m_duplicate = new QAction(tr("Du&plicate"), this);
    m_duplicate->setObjectName(QStringLiteral("actionDuplicateMenu"));
    m_delete = new QAction(tr("Delete Men&u"), this);
    m_delete->setObjectName(QStringLiteral("actionDeleteMenu"));
    m_export = new QAction(tr("Export Add&conditional Body…"), this);
    m_export->setObjectName(QStringLiteral("actionExportMenu"));

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    auto *add = new QToolButton;
    add->setObjectName(QStringLiteral("addMenuButton"));
    add->setDefaultAction(m_add);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addWidget(add);
    auto *more = new QToolButton;
    more->setObjectName(QStringLiteral("moreMenuActions"));
    more->setText(tr("More"));
    more->setToolTip(tr("Duplicate, delete or export the menu chosen"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *moreMenu = new QMenu(more);
    moreMenu->addActions({m_duplicate, m_delete, m_export});
    more->setMenu(moreMenu);
    buttons->addWidget(more);
    buttons->addStretch(1);
    const QString hint = tr("Followers get the first menu whose rule matches them. Drag to "
                            "change the order; publishing a new order deletes and adds again "
                            "the conditional menus that moved.");
    auto *help = new QToolButton;
    help->setObjectName(QStringLiteral("menusHelp"));
    help->setText(QStringLiteral("?"));
    help->setAccessibleName(tr("How the order of menus works"));
    help->setToolTip(hint);
    connect(help, &QToolButton::clicked, help, [help, hint] {
        QToolTip::showText(help->mapToGlobal(QPoint(0, help->height())), hint, help);
    });
    buttons->addWidget(help);
    layout->addLayout(buttons);

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("menusList"));
    m_list->setAccessibleName(tr("Menus in priority order"));
    m_list->setAccessibleDescription(hint);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    layout->addWidget(m_list);
    updateListHeight();

    connect(m_add, &QAction::triggered, this, &MenusPanel::addMenu);
    connect(m_duplicate, &QAction::triggered, this, &MenusPanel::duplicateMenu);
    connect(m_delete, &QAction::triggered, this, &MenusPanel::deleteMenu);
    connect(m_export, &QAction::triggered, this, [this] { emit exportRequested(currentMenu()); });
    updateButtons();
}

void MenusPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateListHeight();
}

void MenusPanel::updateListHeight()
{
    int row = m_list->model() && m_list->model()->rowCount() > 0 ? m_list->sizeHintForRow(0) : 0;
    row = qMax(row, m_list->fontMetrics().height() + 4);
    m_list->setFixedHeight(kListRows * row + 2 * m_list->frameWidth());
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
    updateListHeight();
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

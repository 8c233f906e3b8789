#include "phonepreview.h"

#include "buttonactions.h"

#include <menudocument.h>
#include <menutreemodel.h>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <memory>

namespace {
constexpr qreal kFrame = 12; // the phone's bezel, in logical pixels
}

PhonePreview::PhonePreview(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("phonePreview"));
    setAccessibleName(tr("Phone preview"));
    setAccessibleDescription(tr("How the menu looks on a follower's phone. Click a button to "
                                "select it; drag it to move it; click + to add one; right-click "
                                "for the button's actions."));
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PhonePreview::setModel(MenuTreeModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        const auto changed = [this] { modelChanged(); };
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::rowsMoved, this, changed);
        connect(model, &QAbstractItemModel::dataChanged, this, changed);
        connect(model, &QAbstractItemModel::modelReset, this, changed);
        connect(model, &QAbstractItemModel::layoutChanged, this, changed);
    }
    m_options.openTop = -1;
    m_options.selectedTop = -1;
    m_options.selectedSub = -1;
    modelChanged();
}

void PhonePreview::setButtonActions(ButtonActions *actions)
{
    m_actions = actions;
    m_options.addSlots = actions != nullptr;
    m_options.hoveredSlot = PreviewOptions::AddSlot::None;
    setMouseTracking(actions != nullptr); // the "+" places light up under the mouse
    update();
}

void PhonePreview::setDark(bool dark)
{
    m_options.dark = dark;
    update();
}

void PhonePreview::setAccountName(const QString &name)
{
    m_options.accountName = name;
    update();
}

void PhonePreview::setOpenTop(int top)
{
    const QList<Button> list = buttons();
    m_options.openTop = top >= 0 && top < list.size() && list.at(top).hasSubButtons() ? top : -1;
    update();
}

void PhonePreview::setCurrent(const ButtonPath &path)
{
    if (path.row < 0) {
        m_options.selectedTop = -1;
        m_options.selectedSub = -1;
    } else if (path.isTopLevel()) {
        m_options.selectedTop = path.row;
        m_options.selectedSub = -1;
        setOpenTop(path.row);
    } else {
        m_options.selectedTop = path.parent;
        m_options.selectedSub = path.row;
        setOpenTop(path.parent);
    }
    update();
}

QList<Button> PhonePreview::buttons() const
{
    if (!m_model)
        return {};
    const MenuDocument *document = m_model->document();
    const int menu = m_model->menuIndex();
    if (menu >= document->data().conditionalMenus.size() || menu < -1)
        return {};
    if (m_filledIn)
        return MenuVariables::fill(document->data(), m_values).document.menu(menu).buttons;
    return document->data().menu(menu).buttons;
}

void PhonePreview::setFilledIn(const VariableValues &values)
{
    m_filledIn = true;
    m_values = values;
    modelChanged();
}

void PhonePreview::clearFilledIn()
{
    m_filledIn = false;
    m_values.clear();
    modelChanged();
}

PhonePreviewLayout PhonePreview::layout() const
{
    return PhonePreviewLayout(buttons(), m_options);
}

void PhonePreview::modelChanged()
{
    const QList<Button> list = buttons();
    if (m_options.openTop >= list.size() ||
        (m_options.openTop >= 0 && !list.at(m_options.openTop).hasSubButtons()))
        m_options.openTop = -1;
    update();
}

QSize PhonePreview::sizeHint() const
{
    return QSize(int(PhonePreviewLayout::kWidth + 2 * kFrame) + 24,
                 int(PhonePreviewLayout::kHeight + 2 * kFrame) + 24);
}

QSize PhonePreview::minimumSizeHint() const
{
    return QSize(200, 340);
}

QRectF PhonePreview::phoneRect() const
{
    const qreal outerW = PhonePreviewLayout::kWidth + 2 * kFrame;
    const qreal outerH = PhonePreviewLayout::kHeight + 2 * kFrame;
    const qreal scale = qMin((width() - 16) / outerW, (height() - 16) / outerH);
    const qreal s = qMax(0.1, scale);
    const QSizeF size(PhonePreviewLayout::kWidth * s, PhonePreviewLayout::kHeight * s);
    return QRectF(QPointF((width() - size.width()) / 2, (height() - size.height()) / 2), size);
}

QPointF PhonePreview::toLogical(const QPointF &widgetPoint) const
{
    const QRectF phone = phoneRect();
    const qreal s = phone.width() / PhonePreviewLayout::kWidth;
    return (widgetPoint - phone.topLeft()) / s;
}

QPointF PhonePreview::toWidget(const QPointF &logicalPoint) const
{
    const QRectF phone = phoneRect();
    const qreal s = phone.width() / PhonePreviewLayout::kWidth;
    return phone.topLeft() + logicalPoint * s;
}

void PhonePreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF phone = phoneRect();
    const qreal s = phone.width() / PhonePreviewLayout::kWidth;
    const QRectF bezel = phone.adjusted(-kFrame * s, -kFrame * s, kFrame * s, kFrame * s);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2b, 0x2b, 0x2e));
    p.drawRoundedRect(bezel, 28 * s, 28 * s);

    QPainterPath clip;
    clip.addRoundedRect(phone, 16 * s, 16 * s);
    p.setClipPath(clip);
    p.translate(phone.topLeft());
    p.scale(s, s);
    PhonePreviewPainter::paint(p, buttons(), m_options);
}

void PhonePreview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_pressHit = layout().hitTest(toLogical(event->position()));
    m_dragging = false;
}

void PhonePreview::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() == Qt::NoButton)
        return updateHover(event->position());
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (m_pressHit.kind != PhonePreviewLayout::Hit::Tab &&
        m_pressHit.kind != PhonePreviewLayout::Hit::SubItem) {
        return;
    }
    if (!m_dragging &&
        (event->position() - m_pressPos).manhattanLength() < QApplication::startDragDistance()) {
        return;
    }
    m_dragging = true;
    setCursor(Qt::ClosedHandCursor);
    updateDropTarget(toLogical(event->position()));
}

void PhonePreview::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        updateDropTarget(toLogical(event->position()));
        finishDrag();
        return;
    }
    const PhonePreviewLayout::Hit hit = layout().hitTest(toLogical(event->position()));
    if (hit.kind != m_pressHit.kind || hit.top != m_pressHit.top || hit.sub != m_pressHit.sub)
        return;
    const int menu = m_model ? m_model->menuIndex() : -1;
    if (hit.kind == PhonePreviewLayout::Hit::AddTab ||
        hit.kind == PhonePreviewLayout::Hit::AddSubItem) {
        addAt(hit);
    } else if (hit.kind == PhonePreviewLayout::Hit::Tab) {
        const bool wasOpen = m_options.openTop == hit.top;
        setCurrent({menu, -1, hit.top});
        if (wasOpen)
            setOpenTop(-1); // a second click closes the sub-menu, as on the phone
        emit buttonActivated({menu, -1, hit.top});
    } else if (hit.kind == PhonePreviewLayout::Hit::SubItem) {
        setCurrent({menu, hit.top, hit.sub});
        emit buttonActivated({menu, hit.top, hit.sub});
    }
}

void PhonePreview::clearDropTarget()
{
    m_options.dropTabSlot = -1;
    m_options.dropSubSlot = -1;
    m_options.dropIntoTab = -1;
}

void PhonePreview::updateDropTarget(const QPointF &logical)
{
    clearDropTarget();
    const PhonePreviewLayout l = layout();
    const bool overBar = l.bottomBarRect().contains(logical);
    if (m_pressHit.kind == PhonePreviewLayout::Hit::Tab) {
        if (overBar)
            m_options.dropTabSlot = l.tabSlotAt(logical.x());
    } else if (m_pressHit.kind == PhonePreviewLayout::Hit::SubItem) {
        const QRectF popup =
            l.popupRect().adjusted(-20, -PhonePreviewLayout::kSubItemHeight, 20, 0);
        const PhonePreviewLayout::Hit hit = l.hitTest(logical);
        if (overBar && hit.kind == PhonePreviewLayout::Hit::Tab && hit.top != m_pressHit.top) {
            // Only a tab that already opens a sub-menu (or has no action) takes the button;
            // near any other tab the button lands between tabs.
            if (m_model && m_model->acceptsSubButtons(hit.top))
                m_options.dropIntoTab = hit.top;
            else
                m_options.dropTabSlot = l.tabSlotAt(logical.x());
        } else if (popup.contains(logical))
            m_options.dropSubSlot = l.subSlotAt(logical.y());
    }
    update();
}

void PhonePreview::finishDrag()
{
    m_dragging = false;
    unsetCursor();
    const PreviewOptions target = m_options;
    clearDropTarget();
    update();
    if (!m_model)
        return;

    QModelIndex source;
    QModelIndex parent;
    int row = -1;
    int destParent = -1;
    if (m_pressHit.kind == PhonePreviewLayout::Hit::Tab && target.dropTabSlot >= 0) {
        source = m_model->index(m_pressHit.top, 0);
        row = target.dropTabSlot;
    } else if (m_pressHit.kind == PhonePreviewLayout::Hit::SubItem && target.dropSubSlot >= 0) {
        parent = m_model->index(m_pressHit.top, 0);
        source = m_model->index(m_pressHit.sub, 0, parent);
        row = target.dropSubSlot;
        destParent = m_pressHit.top;
    } else if (m_pressHit.kind == PhonePreviewLayout::Hit::SubItem && target.dropTabSlot >= 0) {
        source = m_model->index(m_pressHit.sub, 0, m_model->index(m_pressHit.top, 0));
        row = target.dropTabSlot;
    } else if (m_pressHit.kind == PhonePreviewLayout::Hit::SubItem && target.dropIntoTab >= 0) {
        source = m_model->index(m_pressHit.sub, 0, m_model->index(m_pressHit.top, 0));
        parent = m_model->index(target.dropIntoTab, 0);
        destParent = target.dropIntoTab;
    } else {
        return;
    }
    std::unique_ptr<QMimeData> mime(m_model->mimeData({source}));
    if (!mime)
        return;
    const ButtonPath from = m_model->pathFor(source);
    if (!m_model->dropMimeData(mime.get(), Qt::MoveAction, row, 0, parent)) {
        const QString reason = m_model->document()->refusalToPlace(
            m_model->menuIndex(), destParent, m_model->document()->button(from), &from);
        if (!reason.isEmpty())
            emit dropRefused(reason);
        return;
    }
    // Keep the moved button selected where it landed.
    if (destParent < 0) {
        const int landed = from.isTopLevel() && row > from.row ? row - 1 : row;
        setCurrent({from.menu, -1, landed});
        emit buttonActivated({from.menu, -1, landed});
    } else if (destParent >= 0) {
        const int count = m_model->rowCount(m_model->index(destParent, 0));
        int landed = row < 0 ? count - 1 : row;
        if (destParent == from.parent && row > from.row)
            landed = row - 1;
        setCurrent({from.menu, destParent, landed});
        emit buttonActivated({from.menu, destParent, landed});
    }
}

void PhonePreview::updateHover(const QPointF &widgetPoint)
{
    const PhonePreviewLayout::Hit hit = layout().hitTest(toLogical(widgetPoint));
    PreviewOptions::AddSlot slot = PreviewOptions::AddSlot::None;
    if (hit.kind == PhonePreviewLayout::Hit::AddTab)
        slot = PreviewOptions::AddSlot::Bar;
    else if (hit.kind == PhonePreviewLayout::Hit::AddSubItem)
        slot = PreviewOptions::AddSlot::SubMenu;
    if (slot == m_options.hoveredSlot)
        return;
    m_options.hoveredSlot = slot;
    if (slot == PreviewOptions::AddSlot::None)
        unsetCursor();
    else
        setCursor(Qt::PointingHandCursor);
    update();
}

void PhonePreview::leaveEvent(QEvent *event)
{
    if (m_options.hoveredSlot != PreviewOptions::AddSlot::None) {
        m_options.hoveredSlot = PreviewOptions::AddSlot::None;
        unsetCursor();
        update();
    }
    QWidget::leaveEvent(event);
}

QString PhonePreview::toolTipAt(const QPointF &widgetPoint) const
{
    const PhonePreviewLayout::Hit hit = layout().hitTest(toLogical(widgetPoint));
    if (hit.kind == PhonePreviewLayout::Hit::AddTab)
        return tr("Add a button");
    if (hit.kind != PhonePreviewLayout::Hit::AddSubItem)
        return {};
    const Button parent = buttons().value(hit.top);
    if (!parent.hasSubButtons() && parent.hasAction()) {
        return tr("Add a sub-button. \"%1\" then opens a sub-menu, and its own action is "
                  "removed (Undo brings it back).")
            .arg(parent.name);
    }
    return tr("Add a sub-button");
}

bool PhonePreview::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void PhonePreview::selectFor(const PhonePreviewLayout::Hit &hit)
{
    if (!m_model)
        return;
    const int menu = m_model->menuIndex();
    ButtonPath path{menu, -1, -1};
    switch (hit.kind) {
    case PhonePreviewLayout::Hit::Tab:
    case PhonePreviewLayout::Hit::AddSubItem:
        path.row = hit.top;
        break;
    case PhonePreviewLayout::Hit::SubItem:
        path = {menu, hit.top, hit.sub};
        break;
    case PhonePreviewLayout::Hit::AddTab:
        // Add Button inserts after the selected tab: the last one, so "+" adds at the end.
        path.row = layout().tabCount() - 1;
        break;
    default:
        return;
    }
    setCurrent(path);
    emit buttonActivated(path);
}

void PhonePreview::addAt(const PhonePreviewLayout::Hit &hit)
{
    if (!m_actions)
        return;
    selectFor(hit);
    // The tree's own actions: one undo step, the new button selected, its name ready to type.
    if (hit.kind == PhonePreviewLayout::Hit::AddTab)
        m_actions->addButton()->trigger();
    else if (hit.kind == PhonePreviewLayout::Hit::AddSubItem)
        m_actions->addSubButton()->trigger();
}

QMenu *PhonePreview::contextMenuAt(const QPointF &widgetPoint)
{
    if (!m_actions)
        return nullptr;
    const PhonePreviewLayout::Hit hit = layout().hitTest(toLogical(widgetPoint));
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("phoneContextMenu"));
    switch (hit.kind) {
    case PhonePreviewLayout::Hit::Tab:
    case PhonePreviewLayout::Hit::SubItem:
        selectFor(hit);
        menu->addActions(m_actions->all());
        break;
    case PhonePreviewLayout::Hit::AddSubItem:
        selectFor(hit);
        menu->addAction(m_actions->addSubButton());
        break;
    case PhonePreviewLayout::Hit::AddTab:
        selectFor(hit);
        menu->addAction(m_actions->addButton());
        break;
    default:
        menu->addAction(m_actions->addButton());
        break;
    }
    return menu;
}

void PhonePreview::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = contextMenuAt(event->pos());
    if (!menu)
        return QWidget::contextMenuEvent(event);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos()); // never a modal loop
    event->accept();
}

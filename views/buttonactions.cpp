#include "buttonactions.h"

#include <menudocument.h>
#include <menujsonreader.h>
#include <menutreemodel.h>

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QRegularExpression>
#include <QSet>

#include <memory>

namespace {

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text,
                    const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcuts(shortcuts);
    return action;
}

/// Buttons from a clipboard or drop: our MIME type, or a button (or an array of buttons, or a
/// menu) as JSON text.
QList<Button> buttonsFrom(const QMimeData *mime)
{
    QList<Button> buttons;
    if (!mime)
        return buttons;
    QJsonValue value;
    if (mime->hasFormat(MenuTreeModel::mimeType())) {
        value = QJsonDocument::fromJson(mime->data(MenuTreeModel::mimeType()))
                    .object()
                    .value(QStringLiteral("buttons"));
    } else if (mime->hasText()) {
        const QJsonDocument json = QJsonDocument::fromJson(mime->text().toUtf8());
        if (json.isArray()) {
            value = json.array();
        } else if (json.isObject()) {
            const QJsonObject object = json.object();
            value = object.contains(QStringLiteral("button"))
                        ? object.value(QStringLiteral("button"))
                        : QJsonArray{object};
        }
    }
    if (!MenuJsonReader::readButtonArray(value, &buttons, nullptr))
        buttons.clear();
    return buttons;
}

} // namespace

ButtonActions::ButtonActions(QObject *parent)
    : QObject(parent)
{
    m_add = makeAction(this, QStringLiteral("actionAddButton"), tr("Add &Button"),
                       {QKeySequence(Qt::CTRL | Qt::Key_B)});
    m_addSub = makeAction(this, QStringLiteral("actionAddSubButton"), tr("Add &Sub-button"),
                          {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)});
    m_remove =
        makeAction(this, QStringLiteral("actionDelete"), tr("&Delete"), {QKeySequence::Delete});
    m_moveUp = makeAction(this, QStringLiteral("actionMoveUp"), tr("Move &Up"),
                          {QKeySequence(Qt::ALT | Qt::Key_Up)});
    m_moveDown = makeAction(this, QStringLiteral("actionMoveDown"), tr("Move Do&wn"),
                            {QKeySequence(Qt::ALT | Qt::Key_Down)});
    m_cut = makeAction(this, QStringLiteral("actionCut"), tr("Cu&t"),
                       QKeySequence::keyBindings(QKeySequence::Cut));
    m_copy = makeAction(this, QStringLiteral("actionCopy"), tr("&Copy"),
                        QKeySequence::keyBindings(QKeySequence::Copy));
    m_paste = makeAction(this, QStringLiteral("actionPaste"), tr("&Paste"),
                         QKeySequence::keyBindings(QKeySequence::Paste));
    m_duplicate = makeAction(this, QStringLiteral("actionDuplicate"), tr("D&uplicate"),
                             {QKeySequence(Qt::CTRL | Qt::Key_D)});
    for (QAction *action : all())
        action->setShortcutContext(Qt::WindowShortcut);

    connect(m_add, &QAction::triggered, this, [this] { doAdd(false); });
    connect(m_addSub, &QAction::triggered, this, [this] { doAdd(true); });
    connect(m_remove, &QAction::triggered, this, &ButtonActions::doRemove);
    connect(m_moveUp, &QAction::triggered, this, [this] { doMove(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { doMove(1); });
    connect(m_copy, &QAction::triggered, this, &ButtonActions::doCopy);
    connect(m_cut, &QAction::triggered, this, [this] {
        doCopy();
        doRemove();
    });
    connect(m_paste, &QAction::triggered, this,
            [this] { pasteMime(QGuiApplication::clipboard()->mimeData()); });
    connect(m_duplicate, &QAction::triggered, this, [this] {
        const ButtonPath path = currentPath();
        if (path.row < 0)
            return;
        const Button copy = m_model->document()->button(path);
        ButtonPath at = path;
        at.row += 1;
        if (insert(at, copy))
            select(at);
    });
    updateActions();
}

QList<QAction *> ButtonActions::all() const
{
    return {m_add, m_addSub, m_remove, m_moveUp, m_moveDown, m_cut, m_copy, m_paste, m_duplicate};
}

void ButtonActions::setModel(MenuTreeModel *model, QItemSelectionModel *selection)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_model = model;
    m_selection = selection;
    if (model) {
        const auto changed = [this] { updateActions(); };
        connect(model, &QAbstractItemModel::rowsInserted, this, changed);
        connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
        connect(model, &QAbstractItemModel::rowsMoved, this, changed);
        connect(model, &QAbstractItemModel::modelReset, this, changed);
    }
    if (selection)
        connect(selection, &QItemSelectionModel::currentChanged, this, [this] { updateActions(); });
    updateActions();
}

ButtonPath ButtonActions::currentPath() const
{
    if (!m_model || !m_selection || !m_selection->currentIndex().isValid())
        return {m_model ? m_model->menuIndex() : -1, -1, -1};
    return m_model->pathFor(m_selection->currentIndex());
}

void ButtonActions::select(const ButtonPath &path)
{
    if (!m_model || !m_selection)
        return;
    const QModelIndex index = m_model->indexFor(path);
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

QString ButtonActions::topLevelCounter() const
{
    if (!m_model)
        return {};
    return QStringLiteral("%1/%2").arg(m_model->rowCount()).arg(MenuDocument::kMaxTopLevel);
}

QString ButtonActions::subButtonCounter() const
{
    const ButtonPath path = currentPath();
    if (!m_model || path.row < 0)
        return {};
    const int parent = path.isTopLevel() ? path.row : path.parent;
    return QStringLiteral("%1/%2")
        .arg(m_model->document()->buttonCount(path.menu, parent))
        .arg(MenuDocument::kMaxSubButtons);
}

void ButtonActions::updateActions()
{
    const bool hasModel = m_model;
    const ButtonPath path = currentPath();
    const bool hasCurrent = hasModel && path.row >= 0 && m_model->document()->isValidPath(path);
    const MenuDocument *document = hasModel ? m_model->document() : nullptr;

    const QString topRefusal =
        hasModel ? document->refusalToPlace(path.menu, -1, Button()) : QString();
    m_add->setEnabled(hasModel && topRefusal.isEmpty());
    m_add->setToolTip(topRefusal.isEmpty() ? tr("Add a top-level button") : topRefusal);

    QString subRefusal = tr("Select a top-level button first.");
    if (hasCurrent) {
        const int parent = path.isTopLevel() ? path.row : path.parent;
        subRefusal = document->refusalToPlace(path.menu, parent, Button());
    }
    m_addSub->setEnabled(hasCurrent && subRefusal.isEmpty());
    m_addSub->setToolTip(subRefusal.isEmpty() ? tr("Add a button to the sub-menu") : subRefusal);

    m_remove->setEnabled(hasCurrent);
    m_cut->setEnabled(hasCurrent);
    m_copy->setEnabled(hasCurrent);
    m_duplicate->setEnabled(hasCurrent);
    m_paste->setEnabled(hasModel);
    const int siblings = hasCurrent ? document->buttonCount(path.menu, path.parent) : 0;
    m_moveUp->setEnabled(hasCurrent && path.row > 0);
    m_moveDown->setEnabled(hasCurrent && path.row + 1 < siblings);
    emit stateChanged();
}

bool ButtonActions::insert(const ButtonPath &at, const Button &button)
{
    const QString reason = m_model->document()->refusalToPlace(at.menu, at.parent, button);
    if (!reason.isEmpty()) {
        emit refused(reason);
        return false;
    }
    return m_model->document()->addButton(at, button);
}

void ButtonActions::doAdd(bool sub)
{
    if (!m_model)
        return;
    const ButtonPath path = currentPath();
    // A fresh button is ready to publish: a name that the phone shows whole (at most 8
    // display units on the top level, 16 in a sub-menu, in every language) and the type that
    // needs nothing but a key, which it gets, unique in the document.
    Button button;
    button.name = sub ? tr("Sub-button") : tr("Button");
    button.type = QStringLiteral("click");
    button.key = freshKey();
    ButtonPath at{path.menu, -1, m_model->rowCount()};
    if (sub) {
        if (path.row < 0)
            return;
        const int parent = path.isTopLevel() ? path.row : path.parent;
        at = {path.menu, parent,
              path.isTopLevel() ? m_model->document()->buttonCount(path.menu, parent)
                                : path.row + 1};
    } else if (path.row >= 0) {
        at.row = (path.isTopLevel() ? path.row : path.parent) + 1;
    }
    if (insert(at, button)) {
        select(at);
        emit buttonAdded();
    }
}

bool ButtonActions::isFreshKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^BUTTON_[1-9][0-9]*$"));
    return pattern.match(key).hasMatch();
}

QString ButtonActions::freshKey() const
{
    QSet<QString> used;
    const DocumentData &data = m_model->document()->data();
    QList<const Menu *> menus{&data.defaultMenu};
    for (const Menu &menu : data.conditionalMenus)
        menus.append(&menu);
    for (const Menu *menu : menus) {
        for (const Button &top : menu->buttons) {
            used.insert(top.key);
            for (const Button &sub : top.subButtons)
                used.insert(sub.key);
        }
    }
    for (int n = 1;; ++n) {
        const QString key = QStringLiteral("BUTTON_%1").arg(n);
        if (!used.contains(key))
            return key;
    }
}

void ButtonActions::doRemove()
{
    const ButtonPath path = currentPath();
    if (!m_model || path.row < 0)
        return;
    m_model->document()->removeButton(path);
    const int left = m_model->document()->buttonCount(path.menu, path.parent);
    if (left > 0)
        select({path.menu, path.parent, qMin(path.row, left - 1)});
    else if (!path.isTopLevel())
        select({path.menu, -1, path.parent});
}

void ButtonActions::doMove(int delta)
{
    const ButtonPath path = currentPath();
    if (!m_model || path.row < 0)
        return;
    const ButtonPath to{path.menu, path.parent, path.row + delta};
    if (m_model->document()->moveButton(path, to))
        select(to);
}

void ButtonActions::doCopy()
{
    const ButtonPath path = currentPath();
    if (!m_model || path.row < 0)
        return;
    QMimeData *mime = m_model->mimeData({m_model->indexFor(path)});
    if (mime)
        QGuiApplication::clipboard()->setMimeData(mime);
}

bool ButtonActions::pasteMime(const QMimeData *mime)
{
    if (!m_model)
        return false;
    const QList<Button> buttons = buttonsFrom(mime);
    if (buttons.isEmpty()) {
        emit refused(tr("The clipboard holds no menu button."));
        return false;
    }
    // Every button goes after the selection, in the order given, at one level: beside a
    // selected sub-button when none has sub-buttons of its own, else on the top level.
    const ButtonPath path = currentPath();
    bool anyWithSubs = false;
    for (const Button &button : buttons)
        anyWithSubs = anyWithSubs || button.hasSubButtons();
    ButtonPath at{path.menu, -1, m_model->rowCount()};
    if (path.row >= 0 && !path.isTopLevel() && !anyWithSubs)
        at = {path.menu, path.parent, path.row + 1};
    else if (path.row >= 0)
        at.row = (path.isTopLevel() ? path.row : path.parent) + 1;
    for (const Button &button : buttons) {
        const QString reason = m_model->document()->refusalToPlace(at.menu, at.parent, button,
                                                                   nullptr, int(buttons.size()));
        if (!reason.isEmpty()) {
            emit refused(reason);
            return false; // nothing pasted
        }
    }
    if (!m_model->document()->pasteButtons(at, buttons))
        return false;
    select({at.menu, at.parent, at.row + int(buttons.size()) - 1});
    return true;
}

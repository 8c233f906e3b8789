#include "menutreemodel.h"

#include "displaywidth.h"
#include "issuesummary.h"
#include "jsonwriter.h"
#include "menudocument.h"
#include "menujsonreader.h"
#include "menujsonwriter.h"
#include "validator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace {

constexpr quintptr kTopLevelId = 0;

/// The path of the button row an issue belongs to: "menu.button[1].sub_button[0].url" ->
/// "menu.button[1].sub_button[0]"; a path that names no button row is returned as is.
QString rowPathOf(const QString &issuePath)
{
    const QString button = QStringLiteral(".button[");
    const QString sub = QStringLiteral(".sub_button[");
    qsizetype at = issuePath.indexOf(button);
    if (at < 0)
        return issuePath;
    qsizetype end = issuePath.indexOf(QLatin1Char(']'), at);
    if (end < 0)
        return issuePath;
    if (issuePath.mid(end + 1).startsWith(sub)) {
        const qsizetype subEnd = issuePath.indexOf(QLatin1Char(']'), end + 1);
        if (subEnd > 0)
            end = subEnd;
    }
    return issuePath.left(end + 1);
}

/// Names a document within this process, and the process among others on the machine.
QString documentToken(const MenuDocument *document)
{
    return QStringLiteral("%1:%2")
        .arg(QCoreApplication::applicationPid())
        .arg(reinterpret_cast<quintptr>(document), 0, 16);
}

} // namespace

struct MenuTreeModel::Drop
{
    bool move = false;
    ButtonPath from;
    ButtonPath to;
    Button button;
};

MenuTreeModel::MenuTreeModel(MenuDocument *document, int menuIndex, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_menuIndex(menuIndex)
{
    rebuildIds();

    connect(document, &MenuDocument::buttonAboutToBeInserted, this,
            [this](int menu, int parentRow, int row) {
                if (menu == m_menuIndex)
                    beginInsertRows(indexFor({menu, -1, parentRow}), row, row);
            });
    connect(document, &MenuDocument::buttonInserted, this,
            [this](int menu, int parentRow, int row) {
                if (menu != m_menuIndex)
                    return;
                if (parentRow < 0)
                    m_topIds.insert(row, m_nextId++);
                endInsertRows();
            });
    connect(document, &MenuDocument::buttonAboutToBeRemoved, this,
            [this](int menu, int parentRow, int row) {
                if (menu == m_menuIndex)
                    beginRemoveRows(indexFor({menu, -1, parentRow}), row, row);
            });
    connect(document, &MenuDocument::buttonRemoved, this, [this](int menu, int parentRow, int row) {
        if (menu != m_menuIndex)
            return;
        if (parentRow < 0)
            m_topIds.removeAt(row);
        endRemoveRows();
    });
    connect(document, &MenuDocument::buttonAboutToBeMoved, this,
            [this](int menu, int fromParent, int fromRow, int toParent, int toRow) {
                if (menu != m_menuIndex)
                    return;
                const bool ok = beginMoveRows(indexFor({menu, -1, fromParent}), fromRow, fromRow,
                                              indexFor({menu, -1, toParent}), toRow);
                Q_ASSERT(ok);
                Q_UNUSED(ok);
            });
    connect(document, &MenuDocument::buttonMoved, this,
            [this](int menu, int fromParent, int fromRow, int toParent, int toRow) {
                if (menu != m_menuIndex)
                    return;
                if (fromParent < 0 && toParent < 0)
                    m_topIds.move(fromRow, toRow > fromRow ? toRow - 1 : toRow);
                else if (fromParent < 0)
                    m_topIds.removeAt(fromRow);
                else if (toParent < 0)
                    m_topIds.insert(toRow, m_nextId++);
                endMoveRows();
            });
    connect(document, &MenuDocument::buttonChanged, this,
            [this](const ButtonPath &path, ButtonField field) {
                if (path.menu != m_menuIndex)
                    return;
                const QModelIndex index = indexFor(path);
                QList<int> roles = {roleForField(field)};
                if (field == ButtonField::Name)
                    roles << Qt::DisplayRole << Qt::EditRole << DisplayTitleRole << NameBytesRole;
                emit dataChanged(index, index, roles);
            });
    connect(document, &MenuDocument::menusAboutToChange, this, [this] { beginResetModel(); });
    connect(document, &MenuDocument::menusChanged, this, [this](int from, int to) {
        m_menuIndex = followMenu(m_menuIndex, from, to);
        rebuildIds();
        endResetModel();
    });
    connect(document, &MenuDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(document, &MenuDocument::reset, this, [this] {
        rebuildIds();
        endResetModel();
    });
    connect(document, &MenuDocument::issuesChanged, this, &MenuTreeModel::emitIssuesChanged);
}

int MenuTreeModel::followMenu(int menuIndex, int from, int to)
{
    if (menuIndex < 0)
        return menuIndex; // the default menu stays
    if (from < 0)         // inserted at `to`
        return menuIndex >= to ? menuIndex + 1 : menuIndex;
    if (to < 0) { // removed from `from`
        if (menuIndex == from)
            return -1;
        return menuIndex > from ? menuIndex - 1 : menuIndex;
    }
    if (menuIndex == from)
        return to;
    if (from < menuIndex && menuIndex <= to)
        return menuIndex - 1;
    if (to <= menuIndex && menuIndex < from)
        return menuIndex + 1;
    return menuIndex;
}

QString MenuTreeModel::mimeType()
{
    return QStringLiteral("application/x-wemenu-buttons+json");
}

void MenuTreeModel::setMenuIndex(int menuIndex)
{
    beginResetModel();
    m_menuIndex = menuIndex;
    rebuildIds();
    endResetModel();
}

void MenuTreeModel::rebuildIds()
{
    m_topIds.clear();
    const int count = m_document->buttonCount(m_menuIndex, -1);
    for (int i = 0; i < count; ++i)
        m_topIds.append(m_nextId++);
}

ButtonPath MenuTreeModel::pathFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return {m_menuIndex, -1, -1};
    if (index.internalId() == kTopLevelId)
        return {m_menuIndex, -1, index.row()};
    const qsizetype parent = m_topIds.indexOf(index.internalId());
    if (parent < 0)
        return {m_menuIndex, -1, -1}; // a stale index: its parent is gone
    return {m_menuIndex, int(parent), index.row()};
}

QModelIndex MenuTreeModel::indexFor(const ButtonPath &path) const
{
    if (path.menu != m_menuIndex || path.row < 0)
        return {};
    if (path.isTopLevel())
        return index(path.row, 0);
    return index(path.row, 0, index(path.parent, 0));
}

QModelIndex MenuTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevelId);
    return createIndex(row, column, m_topIds.at(parent.row()));
}

QModelIndex MenuTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevelId)
        return {};
    const qsizetype row = m_topIds.indexOf(child.internalId());
    return row < 0 ? QModelIndex() : createIndex(int(row), 0, kTopLevelId);
}

int MenuTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return m_document->buttonCount(m_menuIndex, -1);
    if (parent.internalId() != kTopLevelId)
        return 0;
    return m_document->buttonCount(m_menuIndex, parent.row());
}

int MenuTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

IssueList MenuTreeModel::issuesFor(const ButtonPath &path) const
{
    const QString rowPath = Validator::buttonPath(path.menu, path.parent, path.row);
    IssueList result;
    for (const Issue &issue : m_document->issues()) {
        if (rowPathOf(issue.path) == rowPath)
            result.append(issue);
    }
    return result;
}

QVariant MenuTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ButtonPath path = pathFor(index);
    if (!m_document->isValidPath(path))
        return {};
    const Button &button = m_document->button(path);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return button.name;
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const Issue &issue : issuesFor(path))
            lines.append(issue.message);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case DisplayTitleRole:
        return DisplayWidth::cut(button.name, path.isTopLevel() ? DisplayWidth::kTopLevelUnits
                                                                : DisplayWidth::kSubMenuUnits);
    case NameBytesRole:
        return int(button.name.toUtf8().size());
    case PathRole:
        return Validator::buttonPath(path.menu, path.parent, path.row);
    case IssuesRole:
        return QVariant::fromValue(issuesFor(path));
    case SeverityRole:
        return IssueSummary::worstSeverity(issuesFor(path));
    default:
        break;
    }
    if (role >= NameRole && role <= ArticleIdRole)
        return button.field(ButtonField(role - NameRole));
    return {};
}

bool MenuTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    ButtonField field;
    if (role == Qt::EditRole)
        field = ButtonField::Name;
    else if (role >= NameRole && role <= ArticleIdRole)
        field = ButtonField(role - NameRole);
    else
        return false;
    const ButtonPath path = pathFor(index);
    if (!m_document->isValidPath(path))
        return false;
    return m_document->setButtonField(path, field, value.toString());
}

Qt::ItemFlags MenuTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f =
        Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (index.internalId() == kTopLevelId) {
        if (acceptsSubButtons(index.row()))
            f |= Qt::ItemIsDropEnabled;
    } else
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QHash<int, QByteArray> MenuTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    for (const ButtonField field : kAllButtonFields)
        names.insert(roleForField(field), buttonFieldKey(field).toUtf8());
    names.insert(DisplayTitleRole, "displayTitle");
    names.insert(NameBytesRole, "nameBytes");
    names.insert(PathRole, "path");
    names.insert(IssuesRole, "issues");
    names.insert(SeverityRole, "severity");
    return names;
}

Qt::DropActions MenuTreeModel::supportedDragActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions MenuTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

QStringList MenuTreeModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *MenuTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QModelIndex first;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.column() == 0) {
            first = index;
            break;
        }
    }
    const ButtonPath path = pathFor(first);
    if (!first.isValid() || !m_document->isValidPath(path))
        return nullptr;

    JsonWriter writer;
    writer.beginObject();
    writer.key(QStringLiteral("source"));
    writer.beginObject();
    writer.key(QStringLiteral("document"));
    writer.value(documentToken(m_document));
    writer.key(QStringLiteral("menu"));
    writer.value(QJsonValue(path.menu));
    writer.key(QStringLiteral("parent"));
    writer.value(QJsonValue(path.parent));
    writer.key(QStringLiteral("row"));
    writer.value(QJsonValue(path.row));
    writer.endObject();
    writer.key(QStringLiteral("buttons"));
    writer.beginArray();
    MenuJsonWriter::writeButton(writer, m_document->button(path));
    writer.endArray();
    writer.endObject();

    auto *mime = new QMimeData;
    mime->setData(mimeType(), writer.result());
    mime->setText(QString::fromUtf8(MenuJsonWriter::button(m_document->button(path))));
    return mime;
}

bool MenuTreeModel::acceptsSubButtons(int top) const
{
    const ButtonPath path{m_menuIndex, -1, top};
    if (!m_document->isValidPath(path))
        return true; // a stale row: the document itself refuses what goes under it
    const Button &button = m_document->button(path);
    return button.hasSubButtons() || button.type.isEmpty();
}

bool MenuTreeModel::planDrop(const QMimeData *data, Qt::DropAction action, int row,
                             const QModelIndex &parent, Drop *drop) const
{
    if (!data || !data->hasFormat(mimeType()))
        return false;
    if (action != Qt::MoveAction && action != Qt::CopyAction)
        return false;
    if (m_menuIndex >= m_document->data().conditionalMenus.size())
        return false;
    // Buttons go on the top level or under a top-level button, never deeper.
    if (parent.isValid() && parent.internalId() != kTopLevelId)
        return false;
    const int destParent = parent.isValid() ? parent.row() : -1;
    // A drop never turns a button with its own action into a parent.
    if (destParent >= 0 && !acceptsSubButtons(destParent))
        return false;

    const QJsonObject payload = QJsonDocument::fromJson(data->data(mimeType())).object();
    QList<Button> buttons;
    if (!MenuJsonReader::readButtonArray(payload.value(QStringLiteral("buttons")), &buttons,
                                         nullptr) ||
        buttons.size() != 1) {
        return false;
    }
    drop->button = buttons.first();

    const int count = m_document->buttonCount(m_menuIndex, destParent);
    if (row < 0 || row > count)
        row = count;

    const QJsonObject source = payload.value(QStringLiteral("source")).toObject();
    const ButtonPath from{source.value(QStringLiteral("menu")).toInt(-2),
                          source.value(QStringLiteral("parent")).toInt(-2),
                          source.value(QStringLiteral("row")).toInt(-1)};
    drop->move = action == Qt::MoveAction &&
                 source.value(QStringLiteral("document")).toString() == documentToken(m_document) &&
                 from.menu == m_menuIndex && m_document->isValidPath(from) &&
                 m_document->button(from) == drop->button;

    if (!m_document
             ->refusalToPlace(m_menuIndex, destParent, drop->button, drop->move ? &from : nullptr)
             .isEmpty()) {
        return false;
    }
    if (!drop->move) {
        drop->to = {m_menuIndex, destParent, row};
        return true;
    }
    drop->from = from;
    drop->to = {m_menuIndex, destParent, row};
    if (from.isTopLevel() && destParent > from.row)
        drop->to.parent = destParent - 1;
    if (destParent == from.parent && row > from.row)
        drop->to.row = row - 1;
    return true;
}

bool MenuTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                    const QModelIndex &parent) const
{
    Drop drop;
    return planDrop(data, action, row, parent, &drop);
}

bool MenuTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    Drop drop;
    if (!planDrop(data, action, row, parent, &drop))
        return false;
    if (!drop.move)
        return m_document->addButton(drop.to, drop.button);
    return m_document->moveButton(drop.from, drop.to);
}

void MenuTreeModel::emitIssuesChanged()
{
    const int top = rowCount();
    if (top == 0)
        return;
    const QList<int> roles = {IssuesRole, SeverityRole, Qt::ToolTipRole, Qt::DecorationRole};
    emit dataChanged(index(0, 0), index(top - 1, 0), roles);
    for (int i = 0; i < top; ++i) {
        const QModelIndex parent = index(i, 0);
        const int children = rowCount(parent);
        if (children > 0)
            emit dataChanged(index(0, 0, parent), index(children - 1, 0, parent), roles);
    }
}

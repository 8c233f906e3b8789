#include "menulistmodel.h"

#include "issuesummary.h"
#include "menudocument.h"
#include "menulabel.h"

#include <QMimeData>

namespace {

const QString kMime = QStringLiteral("application/x-wemenu-menu-row");

/// The menu an issue path belongs to: -1 "menu...", K "conditionalmenu[K]...", -2 neither.
int menuOfPath(const QString &path)
{
    static const QString conditional = QStringLiteral("conditionalmenu[");
    const auto endsThere = [&path](qsizetype at) {
        return at == path.size() || path.at(at) == QLatin1Char('.');
    };
    if (path.startsWith(QLatin1String("menu")) && endsThere(4))
        return -1;
    if (!path.startsWith(conditional))
        return -2;
    const qsizetype close = path.indexOf(QLatin1Char(']'), conditional.size());
    if (close < 0 || !endsThere(close + 1))
        return -2;
    bool ok = false;
    const int menu =
        QStringView(path).mid(conditional.size(), close - conditional.size()).toInt(&ok);
    return ok && menu >= 0 ? menu : -2;
}

} // namespace

MenuListModel::MenuListModel(MenuDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    // Qt's contract: a reset begins before the menus change and ends after they have.
    const auto begin = [this] { beginResetModel(); };
    const auto end = [this] {
        m_severities = severities();
        endResetModel();
    };
    connect(document, &MenuDocument::menusAboutToChange, this, begin);
    connect(document, &MenuDocument::menusChanged, this, end);
    connect(document, &MenuDocument::aboutToReset, this, begin);
    connect(document, &MenuDocument::reset, this, end);
    // Only the rows whose issues changed: a list view lays out all its rows again on any
    // dataChanged, which with a thousand menus would cost every key typed in the form.
    connect(document, &MenuDocument::issuesChanged, this, &MenuListModel::updateSeverities);
    const auto labelChanged = [this](int menu) {
        const QModelIndex row = index(rowForMenu(menu));
        emit dataChanged(row, row, {Qt::DisplayRole});
    };
    connect(document, &MenuDocument::matchRuleChanged, this, labelChanged);
    connect(document, &MenuDocument::menuNameChanged, this, labelChanged);
    m_severities = severities();
}

QList<int> MenuListModel::severities() const
{
    QList<int> worst(m_document ? conditionalCount() + 1 : 0, -1);
    if (!m_document)
        return worst;
    for (const Issue &issue : m_document->issues()) {
        const int menu = menuOfPath(issue.path);
        if (menu < -1 || menu + 1 >= worst.size())
            continue;
        worst[menu + 1] = IssueSummary::worse(worst.at(menu + 1), issue);
    }
    return worst;
}

void MenuListModel::updateSeverities()
{
    const QList<int> now = severities();
    if (now.size() != m_severities.size()) {
        // Menus came or went: the reset read the issues of the document before the change.
        m_severities = now;
        if (rowCount() > 0)
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    int first = -1;
    int last = -1;
    for (int menu = -1; menu + 1 < now.size(); ++menu) {
        if (now.at(menu + 1) == m_severities.at(menu + 1))
            continue;
        const int row = rowForMenu(menu);
        first = first < 0 ? row : qMin(first, row);
        last = qMax(last, row);
    }
    m_severities = now;
    if (first >= 0)
        emit dataChanged(index(first), index(last), {SeverityRole});
}

void MenuListModel::setTagNames(const QHash<QString, QString> &names)
{
    m_tagNames = names;
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    emit tagNamesChanged();
}

int MenuListModel::conditionalCount() const
{
    return m_document ? int(m_document->data().conditionalMenus.size()) : 0;
}

int MenuListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : conditionalCount() + 1;
}

int MenuListModel::rowForMenu(int menuIndex) const
{
    // The rows are the priority order itself: conditionalmenu[K] is row K.
    return menuIndex < 0 ? conditionalCount() : menuIndex;
}

int MenuListModel::menuForRow(int row) const
{
    return row >= conditionalCount() ? -1 : row;
}

QString MenuListModel::menuLabel(int menuIndex) const
{
    return m_document ? MenuLabel::of(m_document->data(), menuIndex, m_tagNames) : QString();
}

QVariant MenuListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const int menu = menuForRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The rows are the priority order, so the label's number is the row's.
        return menuLabel(menu);
    case Qt::ToolTipRole:
        return menu < 0 ? tr("Shown to every follower no conditional menu matches.")
                        : tr("conditionalmenu[%1]: tried before the menus below it.").arg(menu);
    case MenuIndexRole:
        return menu;
    case SeverityRole:
        return m_severities.value(menu + 1, -1);
    default:
        return {};
    }
}

Qt::ItemFlags MenuListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (menuForRow(index.row()) >= 0)
        f |= Qt::ItemIsDragEnabled;
    return f;
}

Qt::DropActions MenuListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList MenuListModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *MenuListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty() || menuForRow(indexes.first().row()) < 0)
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(kMime, QByteArray::number(indexes.first().row()));
    return mime;
}

int MenuListModel::targetIndex(int fromRow, int row) const
{
    // Rows above the default menu's row are conditional menus, newest (index 0) first.
    const int count = conditionalCount();
    row = qBound(0, row < 0 ? count : row, count);
    const int finalRow = row > fromRow ? row - 1 : row;
    return qBound(0, finalRow, count - 1);
}

bool MenuListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    return data && data->hasFormat(kMime) && action == Qt::MoveAction && !parent.isValid();
}

bool MenuListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !m_document)
        return false;
    bool ok = false;
    const int fromRow = data->data(kMime).toInt(&ok);
    const int from = ok ? menuForRow(fromRow) : -1;
    if (from < 0)
        return false;
    const int to = targetIndex(fromRow, row);
    m_document->moveMenu(from, to);
    return false; // moved here: the view must not remove the source row
}

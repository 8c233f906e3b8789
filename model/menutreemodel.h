#pragma once

#include "button.h"
#include "buttonpath.h"
#include "issue.h"

#include <QAbstractItemModel>

class MenuDocument;

/**
 * The buttons of one menu of a document as a tree: top-level buttons and their sub-buttons.
 *
 * Edits through setData() and dropMimeData() push undo commands on the document; the model
 * follows the document's change signals. Drops that would break a limit (a 4th top-level
 * button, a 6th sub-button, a third level) are refused, and so are drops under a top-level
 * button that has its own action and no sub-buttons: a drop never turns it into a parent.
 */
class MenuTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        TypeRole,
        KeyRole,
        UrlRole,
        AppIdRole,
        PagePathRole,
        MediaIdRole,
        ArticleIdRole,
        DisplayTitleRole, ///< the title as the phone shows it, cut with "..."
        NameBytesRole,    ///< the name's size in UTF-8 bytes
        PathRole,         ///< the JSON path, e.g. "menu.button[1].sub_button[0]"
        IssuesRole,       ///< IssueList of this row (not of its children)
        SeverityRole,     ///< -1 none, else the worst Issue::Severity of the row as int
    };
    Q_ENUM(Role)

    static constexpr int roleForField(ButtonField field) { return NameRole + int(field); }

    /// Where menu `menuIndex` is after conditional menu `from` moved to `to` (-1: inserted or
    /// removed); -1 (the default menu) when it was the one removed.
    static int followMenu(int menuIndex, int from, int to);

    /// The MIME type of dragged and copied buttons: {"buttons":[...], "source":{...}}.
    static QString mimeType();

    explicit MenuTreeModel(MenuDocument *document, int menuIndex = -1, QObject *parent = nullptr);

    MenuDocument *document() const { return m_document; }
    int menuIndex() const { return m_menuIndex; }
    void setMenuIndex(int menuIndex);

    ButtonPath pathFor(const QModelIndex &index) const;
    QModelIndex indexFor(const ButtonPath &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// Sets a field as one undo step; false, and nothing pushed, when the value is unchanged.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Whether top-level row `top` may take sub-buttons by a drop: it already opens a
    /// sub-menu, or it has no action of its own. Its flags carry Qt::ItemIsDropEnabled then.
    bool acceptsSubButtons(int top) const;
    /// Moves (within this document's menu) or inserts copies, as one undo step; false, and
    /// nothing pushed, when the document refuses the move or the insertion.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Drop;
    bool planDrop(const QMimeData *data, Qt::DropAction action, int row, const QModelIndex &parent,
                  Drop *drop) const;
    IssueList issuesFor(const ButtonPath &path) const;
    void rebuildIds();
    void emitIssuesChanged();

    MenuDocument *m_document;
    int m_menuIndex;
    QList<quintptr> m_topIds; ///< stable ids of the top-level rows, the parents' internalId
    quintptr m_nextId = 1;
};

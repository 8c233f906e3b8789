#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

class MenuDocument;

/**
 * The menus of a document in priority order: the conditional menu matched first (the newest)
 * at the top, the default menu (the fallback) at the bottom. Dragging a conditional menu
 * changes its priority, as one undo step.
 */
class MenuListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        MenuIndexRole = Qt::UserRole + 1, ///< -1 default menu, K conditionalmenu[K]
        SeverityRole,                     ///< -1 none, else the worst Issue::Severity of the menu
    };

    explicit MenuListModel(MenuDocument *document, QObject *parent = nullptr);

    /// The account's tag names by id, to label rules ("Tag 星标会员"): the one source of tag
    /// names for every place that labels a menu of this document.
    void setTagNames(const QHash<QString, QString> &names);
    const QHash<QString, QString> &tagNames() const { return m_tagNames; }
    /// The menu's one label (see MenuLabel): "1. VIP members · Tag 星标会员 · iOS", or
    /// "Default menu" for -1.
    QString menuLabel(int menuIndex) const;

    int rowForMenu(int menuIndex) const;
    int menuForRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    /// Moves the dragged conditional menu to the drop row, as one undo step.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    /// The tag names changed: labels elsewhere follow.
    void tagNamesChanged();

private:
    int conditionalCount() const;
    /// The worst severity of each menu's issues, the default menu first (-1: none).
    QList<int> severities() const;
    /// Announces the rows whose severity changed with the last edit.
    void updateSeverities();
    /// The conditional index a menu dragged from `fromRow` takes when dropped before `row`.
    int targetIndex(int fromRow, int row) const;

    QPointer<MenuDocument> m_document;
    QHash<QString, QString> m_tagNames;
    QList<int> m_severities; ///< as last announced, the default menu first
};

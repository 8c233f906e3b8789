#pragma once

#include <QStyledItemDelegate>

/// Draws the error or warning icon of a menu tree row and edits its name in place.
class IssueIconDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

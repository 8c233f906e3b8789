#include "issueicondelegate.h"

#include <menutreemodel.h>

#include <QApplication>
#include <QStyle>

void IssueIconDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant severity = index.data(MenuTreeModel::SeverityRole);
    if (!severity.isValid() || severity.toInt() < 0)
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(severity.toInt() == int(Issue::Severity::Error)
                                           ? QStyle::SP_MessageBoxCritical
                                           : QStyle::SP_MessageBoxWarning);
    option->features |= QStyleOptionViewItem::HasDecoration;
}

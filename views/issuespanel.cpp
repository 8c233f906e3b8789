#include "issuespanel.h"

#include <buttontypenames.h>
#include <issuelocation.h>
#include <issuesummary.h>
#include <menudocument.h>
#include <menulabel.h>
#include <menulistmodel.h>

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kIssueRole = Qt::UserRole + 2;
} // namespace

IssuesPanel::IssuesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("issuesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("issuesSummary"));
    layout->addWidget(m_summary);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("issuesList"));
    m_list->setAccessibleName(tr("Problems in the menu"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    // Where and what; the rule id and the JSON path are technical detail, in the tooltips.
    m_list->setHeaderLabels({tr("Where"), tr("Problem")});
    // Both columns share the panel's width, so that the problem is never pushed out of sight
    // beside a long place; each cell's whole text is in its tooltip.
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_list);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit issueActivated(item->data(0, kPathRole).toString());
    });
    // Always there (disabled when the chosen problem has no one-click fix): nothing moves.
    m_fixButton = new QPushButton(tr("Fix"));
    m_fixButton->setObjectName(QStringLiteral("issueFixButton"));
    m_fixButton->setEnabled(false);
    layout->addWidget(m_fixButton, 0, Qt::AlignLeft);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this](const QTreeWidgetItem *current) { updateFixButton(current); });
    connect(m_fixButton, &QPushButton::clicked, this, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        if (m_document && item)
            m_document->applyFix(item->data(0, kIssueRole).value<Issue>());
    });
    refresh();
}

void IssuesPanel::setDocument(MenuDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &MenuDocument::issuesChanged, this, &IssuesPanel::refresh);
    refresh();
}

void IssuesPanel::setMenuList(const MenuListModel *menus)
{
    if (m_menus)
        disconnect(m_menus, nullptr, this, nullptr);
    m_menus = menus;
    if (menus)
        connect(menus, &MenuListModel::tagNamesChanged, this, &IssuesPanel::refresh);
    refresh();
}

QString IssuesPanel::describePath(const MenuDocument &document, const QString &path,
                                  const QHash<QString, QString> &tagNames)
{
    const IssueLocation location = IssueLocation::parse(path);
    if (!location.valid)
        return path;
    const ButtonPath &b = location.button;
    QStringList parts;
    if (b.menu >= document.data().conditionalMenus.size())
        return path;
    parts.append(MenuLabel::of(document.data(), b.menu, tagNames));
    if (location.hasButton()) {
        if (!b.isTopLevel()) {
            const ButtonPath parent{b.menu, -1, b.parent};
            parts.append(document.isValidPath(parent) ? document.button(parent).name
                                                      : tr("button %1").arg(b.parent + 1));
        }
        const QString name = document.isValidPath(b) ? document.button(b).name : QString();
        parts.append(name.isEmpty() ? tr("button %1").arg(b.row + 1) : name);
    }
    if (!location.field.isEmpty()) {
        QString field = location.field;
        for (const ButtonField f : kAllButtonFields) {
            if (buttonFieldKey(f) == location.field)
                field = ButtonTypeNames::fieldName(f);
        }
        parts.append(field);
    }
    return parts.join(QStringLiteral(" › "));
}

void IssuesPanel::updateFixButton(const QTreeWidgetItem *item)
{
    const IssueFix fix = item ? item->data(0, kIssueRole).value<Issue>().fix : IssueFix();
    m_fixButton->setEnabled(!fix.isNone());
    m_fixButton->setText(fix.isNone() ? tr("Fix") : fix.text());
}

void IssuesPanel::refresh()
{
    // The chosen problem stays chosen when it is still there after the change.
    const QTreeWidgetItem *current = m_list->currentItem();
    const QString currentPath = current ? current->data(0, kPathRole).toString() : QString();
    const QString currentRule =
        current ? current->data(0, kIssueRole).value<Issue>().rule : QString();
    m_list->clear();
    m_list->setHeaderHidden(true);
    updateFixButton(nullptr);
    if (!m_document) {
        m_summary->clear();
        return;
    }
    const IssueList &issues = m_document->issues();
    const QHash<QString, QString> tagNames =
        m_menus ? m_menus->tagNames() : QHash<QString, QString>();
    // The style's icons come from the icon theme, whose first look-up costs: only when needed.
    QIcon errorIcon;
    QIcon warningIcon;
    if (!issues.isEmpty()) {
        errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    }
    QList<QTreeWidgetItem *> items;
    items.reserve(issues.size());
    for (const Issue &issue : issues) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(0, issue.isError() ? errorIcon : warningIcon);
        item->setText(0, describePath(*m_document, issue.path, tagNames));
        item->setData(0, kPathRole, issue.path);
        item->setData(0, kIssueRole, QVariant::fromValue(issue));
        item->setText(1, issue.message);
        const QString rule =
            issue.errcode ? QStringLiteral("%1 (errcode %2)").arg(issue.rule).arg(*issue.errcode)
                          : issue.rule;
        item->setToolTip(0, tr("%1\nRule: %2").arg(issue.path, rule));
        item->setToolTip(1, tr("%1\nRule: %2").arg(issue.message, rule));
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    // "Where" and "Problem" over an empty list say nothing; the summary line says there are
    // none.
    m_list->setHeaderHidden(issues.isEmpty());
    for (QTreeWidgetItem *item : std::as_const(items)) {
        if (!currentPath.isEmpty() && item->data(0, kPathRole).toString() == currentPath &&
            item->data(0, kIssueRole).value<Issue>().rule == currentRule) {
            m_list->setCurrentItem(item);
            break;
        }
    }
    if (issues.isEmpty())
        m_summary->setText(tr("No problems: WeChat will accept this menu."));
    else
        m_summary->setText(tr("%1 error(s), %2 warning(s). Double-click one to fix it.")
                               .arg(IssueSummary::errorCount(issues))
                               .arg(IssueSummary::warningCount(issues)));
}

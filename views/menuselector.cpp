#include "menuselector.h"

#include <menudocument.h>

MenuSelector::MenuSelector(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("menuSelector"));
    setAccessibleName(tr("Menu to edit"));
    connect(this, &QComboBox::activated, this,
            [this](int index) { emit menuChosen(itemData(index).toInt()); });
}

void MenuSelector::setDocument(MenuDocument *document)
{
    m_document = document;
    refresh();
}

QString MenuSelector::label(const MenuDocument &document, int menuIndex)
{
    if (menuIndex < 0)
        return tr("Default menu");
    const MatchRule &rule = document.data().conditionalMenus.at(menuIndex).matchRule;
    QStringList parts;
    if (!rule.tagId.isEmpty())
        parts.append(tr("tag %1").arg(rule.tagId));
    if (rule.clientPlatformType == QLatin1String("1"))
        parts.append(tr("iOS"));
    else if (rule.clientPlatformType == QLatin1String("2"))
        parts.append(tr("Android"));
    else if (rule.clientPlatformType == QLatin1String("3"))
        parts.append(tr("other phones"));
    if (parts.isEmpty())
        return tr("Conditional menu %1").arg(menuIndex + 1);
    return tr("Conditional menu %1 (%2)").arg(menuIndex + 1).arg(parts.join(QStringLiteral(", ")));
}

QList<int> MenuSelector::menus() const
{
    QList<int> indexes;
    for (int i = 0; i < count(); ++i)
        indexes.append(itemData(i).toInt());
    return indexes;
}

void MenuSelector::refresh()
{
    QStringList labels;
    QList<int> indexes;
    if (m_document) {
        const DocumentData &content = m_document->data();
        if (content.hasDefaultMenu || content.conditionalMenus.isEmpty())
            indexes.append(-1);
        for (int i = 0; i < content.conditionalMenus.size(); ++i)
            indexes.append(i);
        for (const int index : indexes)
            labels.append(label(*m_document, index));
    }
    bool same = count() == labels.size();
    for (int i = 0; same && i < labels.size(); ++i)
        same = itemText(i) == labels.at(i) && itemData(i).toInt() == indexes.at(i);
    if (!same) {
        const int current = currentData().isValid() ? currentData().toInt() : -1;
        const QSignalBlocker blocker(this);
        clear();
        for (int i = 0; i < labels.size(); ++i)
            addItem(labels.at(i), indexes.at(i));
        setCurrentMenu(current);
    }
    setVisible(labels.size() > 1);
}

void MenuSelector::setCurrentMenu(int menuIndex)
{
    const int index = findData(menuIndex);
    if (index >= 0 && index != currentIndex()) {
        const QSignalBlocker blocker(this);
        setCurrentIndex(index);
    }
}

#include "treebuttonrow.h"

#include "buttonactions.h"

#include <QAction>
#include <QHBoxLayout>
#include <QToolButton>

#include <utility>

TreeButtonRow::TreeButtonRow(ButtonActions *actions, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("treeButtons"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QAction *action : {actions->addButton(), actions->addSubButton(), actions->remove()}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    for (const auto &[action, arrow] : {std::pair{actions->moveUp(), Qt::UpArrow},
                                        std::pair{actions->moveDown(), Qt::DownArrow}}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setArrowType(arrow);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        layout->addWidget(button);
    }
}

#pragma once

#include <QWidget>

class ButtonActions;

/// The row of tool buttons under the menu tree: Add Button, Add Sub-button and Delete in
/// words, moving up and down as arrows, so the row stays narrow in every language.
class TreeButtonRow : public QWidget
{
    Q_OBJECT

public:
    explicit TreeButtonRow(ButtonActions *actions, QWidget *parent = nullptr);
};

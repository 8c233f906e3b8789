#pragma once

/// Where a button is: its menu (-1 default, K conditional), its parent row (-1 for a
/// top-level button) and its row among its siblings.
struct ButtonPath
{
    int menu = -1;
    int parent = -1;
    int row = 0;

    bool isTopLevel() const { return parent < 0; }

    friend bool operator==(const ButtonPath &a, const ButtonPath &b)
    {
        return a.menu == b.menu && a.parent == b.parent && a.row == b.row;
    }
    friend bool operator!=(const ButtonPath &a, const ButtonPath &b) { return !(a == b); }
};

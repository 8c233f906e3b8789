#pragma once

#include <QMap>
#include <QPair>
#include <QString>

/// What the preview shows besides the buttons themselves.
struct PreviewOptions
{
    bool dark = false;
    int openTop = -1;     ///< the top-level button whose sub-menu is open
    int selectedTop = -1; ///< the selected button: top-level row ...
    int selectedSub = -1; ///< ... and sub-button row, or -1
    QString accountName;  ///< shown in the title bar
    int dropTabSlot = -1; ///< a drop between tabs, drawn as a line
    int dropSubSlot = -1; ///< a drop between sub-menu items, drawn as a line
    int dropIntoTab = -1; ///< a drop at the end of a tab's sub-menu, drawn as a line

    /// A "+" place where a button is added in place, as in WeChat's own console.
    enum class AddSlot { None, Bar, SubMenu };
    /// Shows the "+" places (the editor; never a render): one after the last tab while there
    /// are fewer than 3, one at the end of the open sub-menu while it has fewer than 5, and a
    /// sub-menu holding only "+" above a selected tab that has no sub-buttons.
    bool addSlots = false;
    AddSlot hoveredSlot = AddSlot::None; ///< the "+" place under the mouse, drawn highlighted

    /// How a review marks a button: added green, removed red, changed amber.
    enum class Mark { None, Added, Removed, Changed };
    /// A button's place: (top-level row, sub-button row or -1 for the tab itself).
    using Place = QPair<int, int>;
    /// The marked buttons; a tab whose sub-menu holds a mark shows a dot in its colour.
    QMap<Place, Mark> marks;
    /// The mark of the button at `top`, `sub` (-1: the tab), Mark::None when unmarked.
    Mark markAt(int top, int sub = -1) const { return marks.value(Place(top, sub), Mark::None); }
};

#pragma once

#include <QList>

class QWidget;

/// Puts `fields`, made after `holder` was placed in its window, where `holder` stands in the
/// window's tab order: right after the last widget before it that takes focus by Tab, in the
/// order given. Widgets made late would otherwise come last, after the status bar.
void placeInFocusChain(QWidget *holder, const QList<QWidget *> &fields);

#include "focuschain.h"

#include <QWidget>

void placeInFocusChain(QWidget *holder, const QList<QWidget *> &fields)
{
    if (fields.isEmpty())
        return;
    QWidget *anchor = nullptr;
    for (QWidget *w = holder->previousInFocusChain(); w && w != holder->window();
         w = w->previousInFocusChain()) {
        if (w != holder && !holder->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus)) {
            anchor = w;
            break;
        }
    }
    QWidget *previous = anchor;
    for (QWidget *field : fields) {
        if (previous)
            QWidget::setTabOrder(previous, field);
        previous = field;
    }
}

#pragma once

#include "phonepreviewlayout.h"
#include "previewoptions.h"

#include <buttonpath.h>

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>

class QPainter;

/**
 * Paints the WeChat-like chat screen with the menu bar, in logical pixels. Used by the
 * preview widget and by `wemenu render` alike, so both show exactly the same picture.
 */
class PhonePreviewPainter
{
    Q_DECLARE_TR_FUNCTIONS(PhonePreviewPainter)

public:
    static void paint(QPainter &painter, const QList<Button> &buttons,
                      const PreviewOptions &options);
    /// The preview as an image of 360 x 640 logical pixels times `scale`.
    static QImage image(const QList<Button> &buttons, const PreviewOptions &options, qreal scale);
    /// The title as a tab or sub-menu item shows it, cut with "..." as the phone cuts it.
    static QString tabTitle(const Button &button);
    static QString subItemTitle(const Button &button);
    /// The colour of a review mark: added green, removed red, changed amber.
    static QColor markColor(PreviewOptions::Mark mark);
};

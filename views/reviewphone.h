#pragma once

#include "previewoptions.h"

#include <button.h>

#include <QWidget>

/**
 * One phone of a review: a menu as the preview paints it (PhonePreviewPainter), at a reduced
 * size, with its changed buttons marked (added green, removed red, changed amber) and the
 * sub-menu holding a change opened. It only shows; it never edits.
 */
class ReviewPhone : public QWidget
{
    Q_OBJECT

public:
    /// The phone is drawn at this fraction of its logical 360 x 640 pixels.
    static constexpr qreal kScale = 0.5;

    explicit ReviewPhone(QWidget *parent = nullptr);

    /// Shows `buttons` as `options` say (marks, open sub-menu, account name).
    void setPhone(const QList<Button> &buttons, const PreviewOptions &options);
    const QList<Button> &buttons() const { return m_buttons; }
    const PreviewOptions &options() const { return m_options; }
    /// The mark of the button at `top`, `sub` (-1: the tab itself).
    PreviewOptions::Mark markAt(int top, int sub = -1) const { return m_options.markAt(top, sub); }
    /// The top-level button whose sub-menu is open, -1 for none.
    int openTop() const { return m_options.openTop; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Button> m_buttons;
    PreviewOptions m_options;
};

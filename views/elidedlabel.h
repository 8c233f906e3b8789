#pragma once

#include <QLabel>

/**
 * A message line that never changes size: it keeps room for a fixed number of lines from the
 * start, wraps its plain text into them and cuts the last one with "…". The owner puts the
 * whole text in the tooltip. Messages that come and go so never move the controls around.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(int lines = 1, QWidget *parent = nullptr);

    int lines() const { return m_lines; }
    /// True when the text does not fit and is shown cut.
    bool isElided() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The lines shown for the current width, the last one cut when the text goes on.
    QStringList shownLines(bool *elided = nullptr) const;

    int m_lines;
};

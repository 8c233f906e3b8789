#pragma once

#include <QLabel>

/**
 * A message that takes the same room whether it is shown or not, so nothing below it moves
 * when a message appears. It reserves a fixed number of lines, wraps words, and when the text
 * needs more lines it is cut with "…" and shown whole in the tooltip.
 */
class MessageLabel : public QLabel
{
    Q_OBJECT
    Q_PROPERTY(QString fullText READ fullText)

public:
    explicit MessageLabel(int lines, QWidget *parent = nullptr);

    /// Shows `text` (empty: nothing, the room stays); `toolTip` is added below it in the tooltip.
    void setMessage(const QString &text, const QString &toolTip = QString());
    /// The message as set, before any cut.
    QString fullText() const { return m_text; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reserveHeight();
    void fit();
    bool fits(const QString &text, int width) const;

    int m_lines;
    QString m_text;
    QString m_extraToolTip;
};

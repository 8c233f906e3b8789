#pragma once

#include <QWidget>

class QToolButton;
class QVBoxLayout;

/**
 * A fold with a title that opens and closes it ("Technical details"): what only some people
 * need stays out of the way, collapsed until asked for.
 */
class DetailsFold : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsFold(const QString &title, QWidget *parent = nullptr);

    /// Adds `widget` to the folded part.
    void addWidget(QWidget *widget, int stretch = 0);
    bool isExpanded() const;
    void setExpanded(bool expanded);
    QToolButton *toggle() const { return m_toggle; }
    QWidget *content() const { return m_content; }

private:
    QToolButton *m_toggle;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
};

#pragma once

#include <QComboBox>
#include <QPointer>

class MenuDocument;

/// Picks the menu to edit: the default menu or a conditional menu, named by its rule.
class MenuSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit MenuSelector(QWidget *parent = nullptr);

    void setDocument(MenuDocument *document);
    /// Rebuilds the list from the document; shows itself only when there is a choice.
    void refresh();
    /// The menu indexes listed: -1 for the default menu, K for conditional menu K.
    QList<int> menus() const;
    void setCurrentMenu(int menuIndex);

    /// "Conditional menu 2 (tag 100, iOS)".
    static QString label(const MenuDocument &document, int menuIndex);

signals:
    /// The user chose a menu.
    void menuChosen(int menuIndex);

private:
    QPointer<MenuDocument> m_document;
};

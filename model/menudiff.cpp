#include "menudiff.h"

#include "buttontypenames.h"
#include "menulabel.h"

namespace {

using Kind = MenuDiffLine::Kind;

/// "门店 › 在线点单" for a sub-button, "门店" for a top-level button.
QString title(const QString &parent, const Button &button)
{
    return parent.isEmpty() ? button.name : parent + QStringLiteral(" › ") + button.name;
}

/// The fields of a button that differ, in words.
QStringList changedFields(const Button &a, const Button &b)
{
    QStringList fields;
    for (const ButtonField field : kAllButtonFields) {
        if (field != ButtonField::Name && a.field(field) != b.field(field))
            fields.append(ButtonTypeNames::fieldName(field));
    }
    if (a.extras != b.extras)
        fields.append(MenuDiff::tr("other fields"));
    return fields;
}

/// Buttons matched by name, in order, within one level.
void compareLevel(const QList<Button> &live, const QList<Button> &wanted, const QString &parent,
                  const QString &where, QList<MenuDiffLine> *lines)
{
    QList<bool> used(live.size(), false);
    for (int i = 0; i < wanted.size(); ++i) {
        const Button &button = wanted.at(i);
        int match = -1;
        for (int j = 0; j < live.size() && match < 0; ++j) {
            if (!used.at(j) && live.at(j).name == button.name)
                match = j;
        }
        if (match < 0) {
            lines->append({Kind::Added, where,
                           MenuDiff::tr("Button \"%1\" added").arg(title(parent, button))});
            continue;
        }
        used[match] = true;
        const Button &before = live.at(match);
        const QStringList fields = changedFields(before, button);
        if (!fields.isEmpty()) {
            lines->append({Kind::Changed, where,
                           MenuDiff::tr("Button \"%1\": %2 changed")
                               .arg(title(parent, button), fields.join(MenuDiff::tr(", ")))});
        }
        if (match != i) {
            lines->append({Kind::Moved, where,
                           MenuDiff::tr("Button \"%1\" moved from place %2 to %3")
                               .arg(title(parent, button))
                               .arg(match + 1)
                               .arg(i + 1)});
        }
        if (parent.isEmpty())
            compareLevel(before.subButtons, button.subButtons, button.name, where, lines);
    }
    for (int j = 0; j < live.size(); ++j) {
        if (!used.at(j)) {
            lines->append({Kind::Removed, where,
                           MenuDiff::tr("Button \"%1\" removed").arg(title(parent, live.at(j)))});
        }
    }
}

} // namespace

QString MenuDiff::conditionalLabel(const DocumentData &data, int index,
                                   const QHash<QString, QString> &tagNames)
{
    return MenuLabel::conditional(data, index, tagNames);
}

QList<MenuDiffLine> MenuDiff::compare(const DocumentData &live, const DocumentData &wanted,
                                      const QHash<QString, QString> &tagNames)
{
    QList<MenuDiffLine> lines;
    const QString defaultMenu = MenuLabel::defaultMenu();
    const QList<Button> liveButtons =
        live.hasDefaultMenu ? live.defaultMenu.buttons : QList<Button>();
    const QList<Button> wantedButtons =
        wanted.hasDefaultMenu ? wanted.defaultMenu.buttons : QList<Button>();
    compareLevel(liveButtons, wantedButtons, QString(), defaultMenu, &lines);
    if (liveButtons == wantedButtons)
        lines.append({Kind::Kept, defaultMenu, tr("Unchanged")});

    // Conditional menus are kept only when equal in every field; others go and come anew.
    QList<bool> kept(live.conditionalMenus.size(), false);
    for (int i = 0; i < wanted.conditionalMenus.size(); ++i) {
        const QString where = conditionalLabel(wanted, i, tagNames);
        int match = -1;
        for (int j = 0; j < live.conditionalMenus.size() && match < 0; ++j) {
            if (!kept.at(j) &&
                live.conditionalMenus.at(j).sameContent(wanted.conditionalMenus.at(i)))
                match = j;
        }
        if (match >= 0) {
            kept[match] = true;
            lines.append({Kind::Kept, where, tr("Unchanged")});
        } else {
            lines.append({Kind::Added, where,
                          tr("Added with %1 top-level button(s)")
                              .arg(wanted.conditionalMenus.at(i).buttons.size())});
        }
    }
    for (int j = 0; j < live.conditionalMenus.size(); ++j) {
        if (!kept.at(j)) {
            lines.append({Kind::Removed, conditionalLabel(live, j, tagNames),
                          tr("Removed from the account")});
        }
    }
    return lines;
}

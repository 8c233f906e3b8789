#include "menuvariables.h"

#include "validator.h"

#include <QJsonValue>
#include <QSet>

namespace {

const QString kOpen = QStringLiteral("${");

/// Calls `found(name)` for each `${name}` of `text`, and builds the filled text when `out` is
/// not null.
template<typename Found>
void scan(const QString &text, const VariableValues *values, QString *out, Found found)
{
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('$') && text.mid(i + 1, 2) == kOpen) { // `$${` is a literal `${`
            if (out)
                out->append(kOpen);
            i += 3;
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < size && text.at(i + 1) == QLatin1Char('{')) {
            const qsizetype close = text.indexOf(QLatin1Char('}'), i + 2);
            if (close < 0) { // no closing brace: kept as written
                if (out)
                    out->append(text.mid(i));
                return;
            }
            const QString name = text.mid(i + 2, close - i - 2);
            const bool known = values && values->contains(name);
            found(name);
            if (out)
                out->append(known ? values->value(name) : text.mid(i, close - i + 1));
            i = close + 1;
            continue;
        }
        if (out)
            out->append(c);
        ++i;
    }
}

/// Walks every fillable string of the document, handing each to `visit(text, path)`, which
/// returns the new text.
template<typename Visit>
void walkButtons(QList<Button> &buttons, const QString &prefix, const QString &list, Visit &visit)
{
    for (qsizetype row = 0; row < buttons.size(); ++row) {
        Button &button = buttons[row];
        const QString path = QStringLiteral("%1.%2[%3]").arg(prefix, list).arg(row);
        for (const ButtonField field : kAllButtonFields) {
            const QString value = button.field(field);
            if (value.contains(kOpen)) {
                button.setField(field,
                                visit(value, path + QLatin1Char('.') + buttonFieldKey(field)));
            }
        }
        for (auto it = button.extras.begin(); it != button.extras.end(); ++it) {
            if (it.value().isString() && it.value().toString().contains(kOpen))
                it.value() = visit(it.value().toString(), path + QLatin1Char('.') + it.key());
        }
        walkButtons(button.subButtons, path, QStringLiteral("sub_button"), visit);
    }
}

template<typename Visit>
void walk(DocumentData &document, Visit visit)
{
    for (int index = -1; index < document.conditionalMenus.size(); ++index) {
        Menu &menu = document.menu(index);
        const QString menuPath = Validator::menuPath(index);
        walkButtons(menu.buttons, menuPath, QStringLiteral("button"), visit);
        if (index >= 0 && menu.matchRule.tagId.contains(kOpen)) {
            menu.matchRule.tagId =
                visit(menu.matchRule.tagId, menuPath + QStringLiteral(".matchrule.tag_id"));
        }
    }
}

} // namespace

QString MenuVariables::fill(const QString &text, const VariableValues &values, QStringList *unknown)
{
    if (!text.contains(QLatin1Char('$')))
        return text;
    QString out;
    out.reserve(text.size());
    scan(text, &values, &out, [&](const QString &name) {
        if (unknown && !values.contains(name))
            unknown->append(name);
    });
    return out;
}

FilledDocument MenuVariables::fill(const DocumentData &document, const VariableValues &values)
{
    FilledDocument filled;
    filled.document = document;
    walk(filled.document, [&](const QString &text, const QString &path) {
        QString out;
        scan(text, &values, &out, [&](const QString &name) {
            filled.used.append({name, path});
            if (!values.contains(name))
                filled.unknown.append({name, path});
        });
        return out;
    });
    return filled;
}

QList<VariableUse> MenuVariables::uses(const DocumentData &document)
{
    QList<VariableUse> found;
    DocumentData copy = document;
    walk(copy, [&](const QString &text, const QString &path) {
        QSet<QString> seen;
        scan(text, nullptr, nullptr, [&](const QString &name) {
            if (!seen.contains(name)) {
                seen.insert(name);
                found.append({name, path});
            }
        });
        return text;
    });
    return found;
}

QStringList MenuVariables::names(const DocumentData &document)
{
    QSet<QString> set;
    for (const VariableUse &use : uses(document))
        set.insert(use.variable);
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

QStringList MenuVariables::variablesAt(const QList<VariableUse> &used, const QString &issuePath)
{
    QStringList names;
    for (const VariableUse &use : used) {
        const bool inside =
            use.path == issuePath ||
            (use.path.startsWith(issuePath) && (use.path.at(issuePath.size()) == QLatin1Char('.') ||
                                                use.path.at(issuePath.size()) == QLatin1Char('[')));
        if (inside && !names.contains(use.variable))
            names.append(use.variable);
    }
    return names;
}

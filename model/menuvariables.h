#pragma once

#include "documentdata.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

/// The values of `${name}` variables for one account: name -> value.
using VariableValues = QMap<QString, QString>;

/// One `${name}` in a document, and where: the path of the field that holds it
/// (`menu.button[1].sub_button[0].url`, `conditionalmenu[0].matchrule.tag_id`).
struct VariableUse
{
    QString variable;
    QString path;

    friend bool operator==(const VariableUse &a, const VariableUse &b)
    {
        return a.variable == b.variable && a.path == b.path;
    }
};

/// A document filled in for one account: the result, the variables that had no value, and
/// every variable that was filled in (to tell which variable made a rule break).
struct FilledDocument
{
    DocumentData document;
    QList<VariableUse> unknown; ///< `${name}` with no value, left as written
    QList<VariableUse> used;    ///< every `${name}` found, known or not, in document order

    bool ok() const { return unknown.isEmpty(); }
};

/**
 * `${name}` variables in a menu document, filled in per account. A pure function of the
 * document and the values.
 *
 * `${name}` may stand in any string field of a button (name, type, key, url, appid, pagepath,
 * media_id, article_id, and unknown fields kept as read) and in a match rule's `tag_id`;
 * `$${` writes a literal `${`. The name is the text up to the next `}`, matched exactly; a
 * `${` with no `}` after it is kept as written. Conditional menu names (ours alone) are not
 * filled in.
 */
class MenuVariables
{
    Q_DECLARE_TR_FUNCTIONS(MenuVariables)

public:
    /// `text` with every `${name}` replaced by its value and `$${` by `${`. The names with no
    /// value are appended to `unknown` (may be null) and left as written.
    static QString fill(const QString &text, const VariableValues &values,
                        QStringList *unknown = nullptr);

    /// The whole document filled in with `values`.
    static FilledDocument fill(const DocumentData &document, const VariableValues &values);

    /// Every `${name}` the document uses, in document order (one entry per field and name).
    static QList<VariableUse> uses(const DocumentData &document);

    /// The names the document uses, each once, sorted.
    static QStringList names(const DocumentData &document);

    /// The variables of `used` that stand in the field at `issuePath` or in a field below it
    /// (an issue on a button names the variables of any of its fields), each once.
    static QStringList variablesAt(const QList<VariableUse> &used, const QString &issuePath);
};

#pragma once

#include <documentdata.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

/**
 * What a sign-off PDF shows: the account, the date, and the change from `before` (the live
 * menus) to `after` (the menus about to be published).
 */
struct ReviewPdfContent
{
    /// The account's name as people know it (Account::displayName()).
    QString accountLabel;
    /// True for a practice account (the Sandbox), false for a real one.
    bool practice = false;
    /// When the review was made; the current time when left invalid.
    QDateTime date;
    DocumentData before;
    DocumentData after;
    /// The account's tag names by id, for the menus' labels (see MenuLabel).
    QHash<QString, QString> tagNames;
    /// Optional: the followers each menu reaches, in words, by its index in `after` (-1 the
    /// default menu; a removed menu by -2 - its index in `before`). A changed menu without an
    /// entry shows its MenuLabel only.
    QHash<int, QString> followers;
};

/**
 * Writes a sign-off PDF with Qt's own PDF writer: a title page part with the account, its kind
 * and the date; for every changed menu a page (or more) with the menu before and after as
 * phones (the preview's painter, sub-menus open), the changes in words and the followers the
 * menu reaches; and a line for a signature. Needs a QGuiApplication (fonts), not widgets.
 */
class ReviewPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPdf)

public:
    /// Writes `content` to `fileName` atomically: on failure returns false with `error` set and
    /// leaves no file (an existing file at `fileName` stays as it was).
    static bool write(const QString &fileName, const ReviewPdfContent &content, QString *error);
};

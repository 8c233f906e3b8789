#include "reviewpdf.h"

#include "phonepreviewlayout.h"
#include "phonepreviewpainter.h"
#include "publishreview.h"

#include <menuchanges.h>
#include <menulabel.h>

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>

namespace {

constexpr int kResolution = 72; // one device unit is one PDF point
constexpr qreal kPhoneScale = 0.58;
constexpr qreal kGap = 6;

/// The changes of one menu, and the sub-menus (top-level indices) they touch on each side.
struct MenuPage
{
    int newIndex = -2; ///< index in `after`; -2 when the menu was removed
    int oldIndex = -2; ///< index in `before`; -2 when the menu was added
    QList<MenuChange> changes;
    QList<int> openNew; ///< top-level buttons of `after` whose sub-menu holds a change
    QList<int> openOld; ///< the same buttons' places in `before`
};

/// The top-level index in a button path ("menu.button[1].sub_button[0]" -> 1), or -1.
int topIndex(const QString &path)
{
    static const QRegularExpression top(QStringLiteral(R"(\.button\[(\d+)\])"));
    const QRegularExpressionMatch match = top.match(path);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool hasSubButtons(const DocumentData &data, int menu, int top)
{
    if (menu < -1 || (menu < 0 && !data.hasDefaultMenu) || menu >= data.conditionalMenus.size())
        return false;
    const QList<Button> &buttons = data.menu(menu).buttons;
    return top >= 0 && top < buttons.size() && !buttons.at(top).subButtons.isEmpty();
}

QList<Button> buttonsOf(const DocumentData &data, int menu)
{
    if (menu < -1 || menu >= data.conditionalMenus.size() || (menu == -1 && !data.hasDefaultMenu))
        return {};
    return data.menu(menu).buttons;
}

/// The place in menu `toMenu` of `to` of the top-level button named as top-level `top` of menu
/// `fromMenu` of `from`; `top` itself when there is none of that name.
int sameParent(const DocumentData &from, int fromMenu, int top, const DocumentData &to, int toMenu)
{
    const QList<Button> fromButtons = buttonsOf(from, fromMenu);
    if (top < 0 || top >= fromButtons.size())
        return top;
    const QList<Button> toButtons = buttonsOf(to, toMenu);
    for (qsizetype i = 0; i < toButtons.size(); ++i) {
        if (toButtons.at(i).name == fromButtons.at(top).name)
            return int(i);
    }
    return top;
}

/// The changed menus in the diff's order, each with its changes.
QList<MenuPage> pagesFor(const ReviewPdfContent &content)
{
    QList<MenuPage> pages;
    QMap<int, int> pageOf; // key: index in after, or -2 - index in before for a removed menu
    const QList<MenuChange> changes = MenuChanges::compare(content.before, content.after);
    for (const MenuChange &change : changes) {
        const bool removed = change.kind == MenuChange::Kind::MenuRemoved;
        const int key = removed ? -2 - change.menu : change.menu;
        if (!pageOf.contains(key)) {
            MenuPage page;
            page.newIndex = removed ? -2 : change.menu;
            page.oldIndex = removed ? change.menu : change.oldMenu;
            pageOf.insert(key, int(pages.size()));
            pages.append(page);
        }
        MenuPage &page = pages[pageOf.value(key)];
        page.changes.append(change);
        // The sub-menu holding the change opens on both phones: the parent found on the
        // other side by its name, else at the same place.
        const bool oldSide = change.kind == MenuChange::Kind::ButtonRemoved;
        const QString sidePath =
            change.kind == MenuChange::Kind::ButtonMoved ? change.oldPath : change.path;
        int newTop = oldSide ? -1 : topIndex(change.path);
        int oldTop = oldSide ? topIndex(change.path) : topIndex(sidePath);
        if (oldSide)
            newTop =
                sameParent(content.before, page.oldIndex, oldTop, content.after, page.newIndex);
        else if (change.kind != MenuChange::Kind::ButtonMoved)
            oldTop =
                sameParent(content.after, page.newIndex, newTop, content.before, page.oldIndex);
        if (!hasSubButtons(content.after, page.newIndex, newTop))
            newTop = -1;
        if (!hasSubButtons(content.before, page.oldIndex, oldTop))
            oldTop = -1;
        if (newTop < 0 && oldTop < 0)
            continue;
        bool known = false;
        for (qsizetype i = 0; i < page.openNew.size(); ++i)
            known = known || (page.openNew.at(i) == newTop && page.openOld.at(i) == oldTop) ||
                    (newTop >= 0 && page.openNew.at(i) == newTop) ||
                    (newTop < 0 && page.openOld.at(i) == oldTop);
        if (!known) {
            page.openNew.append(newTop);
            page.openOld.append(oldTop);
        }
    }
    return pages;
}

/// Paints the pages top to bottom, starting a new page when the next block does not fit.
class PageWriter
{
public:
    PageWriter(QPdfWriter *writer, QPainter *painter)
        : m_writer(writer)
        , m_painter(painter)
    {
        m_area = QRectF(QPointF(0, 0), writer->pageLayout().paintRectPoints().size());
    }

    qreal width() const { return m_area.width(); }
    qreal left() const { return m_area.bottom() - m_y; }
    qreal y() const { return m_y; }
    void skip(qreal height) { m_y += height; }

    void newPage()
    {
        m_writer->newPage();
        m_y = 0;
    }
    /// Starts a new page unless `height` fits on this one.
    void ensure(qreal height)
    {
        if (m_y > 0 && m_y + height > m_area.bottom())
            newPage();
    }

    QFont font(qreal pointSize, bool bold = false) const
    {
        QFont font = m_painter->font();
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        return font;
    }

    /// Writes `text` wrapped to the page's width; returns the height used.
    qreal text(const QString &text, qreal pointSize, bool bold = false,
               const QColor &color = Qt::black)
    {
        const QFont f = font(pointSize, bold);
        const QRectF bounds = QFontMetricsF(f).boundingRect(QRectF(0, 0, m_area.width(), 100000),
                                                            Qt::TextWordWrap, text);
        ensure(bounds.height());
        m_painter->setFont(f);
        m_painter->setPen(color);
        m_painter->drawText(QRectF(0, m_y, m_area.width(), bounds.height() + 1),
                            Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        m_y += bounds.height() + kGap / 2;
        return bounds.height();
    }

    void rule()
    {
        m_painter->setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 0.5));
        m_painter->drawLine(QPointF(0, m_y), QPointF(m_area.width(), m_y));
        m_y += kGap;
    }

    QPainter *painter() const { return m_painter; }

private:
    QPdfWriter *m_writer;
    QPainter *m_painter;
    QRectF m_area;
    qreal m_y = 0;
};

void paintPhone(QPainter *painter, const QPointF &topLeft, const QList<Button> &buttons,
                int openTop, const QString &accountName, const PreviewOptions &marked)
{
    painter->save();
    painter->translate(topLeft);
    painter->scale(kPhoneScale, kPhoneScale);
    const QRectF screen(0, 0, PhonePreviewLayout::kWidth, PhonePreviewLayout::kHeight);
    painter->setClipRect(screen);
    PreviewOptions options;
    options.marks = marked.marks;
    options.openTop = openTop;
    options.accountName = accountName;
    PhonePreviewPainter::paint(*painter, buttons, options);
    painter->setClipping(false);
    painter->setPen(QPen(QColor(0x99, 0x99, 0x99), 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(screen);
    painter->restore();
}

/// The before and after phones side by side, with their captions.
void paintPhones(PageWriter &page, const ReviewPdfContent &content, const MenuPage &menu,
                 const MenuReview &review, int openOld, int openNew)
{
    const qreal phoneWidth = PhonePreviewLayout::kWidth * kPhoneScale;
    const qreal phoneHeight = PhonePreviewLayout::kHeight * kPhoneScale;
    const qreal captionHeight = 16;
    page.ensure(captionHeight + phoneHeight + kGap);
    QPainter *painter = page.painter();
    const qreal gap = qMax<qreal>(20, (page.width() - 2 * phoneWidth) / 3);
    const qreal leftX = gap;
    const qreal rightX = 2 * gap + phoneWidth;
    painter->setFont(page.font(10, true));
    painter->setPen(Qt::black);
    const QString beforeCaption =
        menu.oldIndex == -2 ? ReviewPdf::tr("Live now: no such menu") : ReviewPdf::tr("Live now");
    const QString afterCaption = menu.newIndex == -2 ? ReviewPdf::tr("After publishing: removed")
                                                     : ReviewPdf::tr("After publishing");
    painter->drawText(QRectF(leftX, page.y(), phoneWidth, captionHeight), Qt::AlignCenter,
                      beforeCaption);
    painter->drawText(QRectF(rightX, page.y(), phoneWidth, captionHeight), Qt::AlignCenter,
                      afterCaption);
    page.skip(captionHeight);
    paintPhone(painter, QPointF(leftX, page.y()), buttonsOf(content.before, menu.oldIndex), openOld,
               content.accountLabel, review.liveOptions);
    paintPhone(painter, QPointF(rightX, page.y()), buttonsOf(content.after, menu.newIndex), openNew,
               content.accountLabel, review.newOptions);
    page.skip(phoneHeight + kGap);
}

QString menuTitle(const ReviewPdfContent &content, const MenuPage &menu)
{
    if (menu.newIndex == -2)
        return ReviewPdf::tr("%1 (removed)")
            .arg(MenuLabel::of(content.before, menu.oldIndex, content.tagNames));
    const QString label = MenuLabel::of(content.after, menu.newIndex, content.tagNames);
    return menu.oldIndex == -2 ? ReviewPdf::tr("%1 (new)").arg(label) : label;
}

QString followersOf(const ReviewPdfContent &content, const MenuPage &menu, const MenuReview &review)
{
    const int key = menu.newIndex == -2 ? -2 - menu.oldIndex : menu.newIndex;
    if (content.followers.contains(key))
        return content.followers.value(key);
    return review.followers;
}

/// The review of `menu` (its marks, who it reaches), from the one review of the change.
MenuReview reviewOf(const PublishReview &review, const MenuPage &menu)
{
    for (const MenuReview &candidate : review.menus()) {
        if (candidate.newMenu == menu.newIndex && candidate.oldMenu == menu.oldIndex)
            return candidate;
    }
    return {};
}

bool hasMarks(const MenuReview &review)
{
    return !review.liveOptions.marks.isEmpty() || !review.newOptions.marks.isEmpty();
}

void paintHeader(PageWriter &page, const ReviewPdfContent &content, int changedMenus)
{
    page.text(ReviewPdf::tr("Review before publishing"), 18, true);
    page.text(content.accountLabel, 16, true);
    page.text(content.practice ? ReviewPdf::tr("Practice account: nothing reaches real followers.")
                               : ReviewPdf::tr("Real account: followers see these menus."),
              11, false, content.practice ? QColor(0x33, 0x66, 0x99) : QColor(0xb0, 0x30, 0x20));
    const QDateTime date = content.date.isValid() ? content.date : QDateTime::currentDateTime();
    page.text(ReviewPdf::tr("Date: %1").arg(QLocale().toString(date, QLocale::LongFormat)), 10);
    page.text(changedMenus == 0 ? ReviewPdf::tr("Nothing changes.")
                                : ReviewPdf::tr("Menus that change: %1").arg(changedMenus),
              10);
    page.rule();
}

void paintSignature(PageWriter &page)
{
    const qreal height = 70;
    page.ensure(height);
    page.skip(qMax<qreal>(kGap, page.left() - height));
    page.rule();
    page.text(ReviewPdf::tr("Approved for publishing"), 11, true);
    page.skip(18);
    QPainter *painter = page.painter();
    const qreal y = page.y();
    const qreal half = page.width() / 2;
    painter->setPen(QPen(Qt::black, 0.7));
    painter->drawLine(QPointF(0, y), QPointF(half - 20, y));
    painter->drawLine(QPointF(half + 20, y), QPointF(page.width(), y));
    painter->setFont(page.font(9));
    painter->drawText(QRectF(0, y + 2, half - 20, 14), Qt::AlignLeft | Qt::AlignTop,
                      ReviewPdf::tr("Name and signature"));
    painter->drawText(QRectF(half + 20, y + 2, half - 20, 14), Qt::AlignLeft | Qt::AlignTop,
                      ReviewPdf::tr("Date"));
    page.skip(16);
}

} // namespace

bool ReviewPdf::write(const QString &fileName, const ReviewPdfContent &content, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(fileName).absoluteFilePath()),
                          file.errorString());
        return false;
    }
    const QList<MenuPage> pages = pagesFor(content);
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Review before publishing: %1").arg(content.accountLabel));
        writer.setCreator(QStringLiteral("WeMenu"));
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(36, 36, 36, 36), QPageLayout::Point));
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Cannot write %1: the PDF could not be started.")
                         .arg(QDir::toNativeSeparators(fileName));
            file.cancelWriting();
            return false;
        }
        PageWriter page(&writer, &painter);
        const PublishReview review(content.before, content.after, {}, content.tagNames);
        paintHeader(page, content, int(pages.size()));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const MenuPage &menu = pages.at(i);
            const MenuReview menuReview = reviewOf(review, menu);
            if (i > 0)
                page.newPage();
            page.text(menuTitle(content, menu), 14, true);
            page.text(tr("Followers: %1").arg(followersOf(content, menu, menuReview)), 10);
            // The first pair of phones, the changes in words under it, then the other
            // sub-menus holding a change, each open in a pair of its own.
            paintPhones(page, content, menu, menuReview, menu.openOld.value(0, -1),
                        menu.openNew.value(0, -1));
            if (hasMarks(menuReview))
                page.text(tr("Marked: green added, red removed, amber changed."), 8, false,
                          QColor(0x55, 0x55, 0x55));
            page.text(tr("What changes"), 11, true);
            for (const MenuChange &change : menu.changes)
                page.text(QStringLiteral("• ") + MenuChanges::describe(change, content.before,
                                                                       content.after,
                                                                       content.tagNames),
                          10);
            for (qsizetype v = 1; v < menu.openNew.size(); ++v) {
                page.skip(kGap);
                paintPhones(page, content, menu, menuReview, menu.openOld.at(v),
                            menu.openNew.at(v));
            }
        }
        paintSignature(page);
        painter.end();
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(QFileInfo(fileName).absoluteFilePath()),
                          file.errorString());
        return false;
    }
    return true;
}

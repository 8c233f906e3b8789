#include "displaywidth.h"

#include <QTextBoundaryFinder>

#include <unicode/uchar.h>

#include <algorithm>

namespace {

constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kEmojiVariationSelector = 0xFE0F;

bool has(char32_t codePoint, UProperty property)
{
    return u_hasBinaryProperty(UChar32(codePoint), property);
}

/// True when every code unit is printable and below U+0300 (where combining marks start): each
/// is then a cluster of its own, 1 unit wide, and the boundary finder can be skipped.
bool isPlainNarrow(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u >= 0x20 && u < 0x300 && u != 0x7F && (u < 0x80 || u >= 0xA0);
    });
}

/// Calls `visit(start, length)` for each grapheme cluster of `text`, in order, until it
/// returns false.
template<typename Visit>
void forEachCluster(const QString &text, Visit visit)
{
    if (isPlainNarrow(text)) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (!visit(i, qsizetype(1)))
                return;
        }
        return;
    }
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > start; end = finder.toNextBoundary()) {
        if (!visit(start, end - start))
            return;
        start = end;
    }
}

} // namespace

namespace DisplayWidth {

int of(char32_t codePoint)
{
    const int eaw = u_getIntPropertyValue(UChar32(codePoint), UCHAR_EAST_ASIAN_WIDTH);
    if (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH)
        return 2;
    return has(codePoint, UCHAR_EMOJI_PRESENTATION) ? 2 : 1;
}

int ofCluster(QStringView cluster)
{
    int widest = 0;
    bool emoji = false;         // an Emoji code point followed by VS16
    bool joined = false;        // a ZWJ ...
    bool pictographic = false;  // ... in a cluster with an Extended_Pictographic code point
    int regionalIndicators = 0; // two make a flag
    bool previousIsEmoji = false;
    for (qsizetype i = 0; i < cluster.size(); ++i) {
        char32_t cp = cluster.at(i).unicode();
        if (QChar::isHighSurrogate(cp) && i + 1 < cluster.size() &&
            cluster.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(cluster.at(i).unicode(), cluster.at(i + 1).unicode());
            ++i;
        }
        if (cp == kEmojiVariationSelector && previousIsEmoji)
            emoji = true;
        if (cp == kZeroWidthJoiner)
            joined = true;
        pictographic = pictographic || has(cp, UCHAR_EXTENDED_PICTOGRAPHIC);
        if (has(cp, UCHAR_REGIONAL_INDICATOR))
            ++regionalIndicators;
        widest = std::max(widest, of(cp));
        previousIsEmoji = has(cp, UCHAR_EMOJI);
    }
    if (emoji || (joined && pictographic) || regionalIndicators >= 2)
        return 2;
    return std::min(widest, 2);
}

int of(const QString &text)
{
    // Printable ASCII is one cluster of 1 unit per character: no segmentation needed.
    const bool printableAscii = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f;
    });
    if (printableAscii)
        return int(text.size());
    int units = 0;
    forEachCluster(text, [&](qsizetype start, qsizetype length) {
        units += ofCluster(QStringView(text).mid(start, length));
        return true;
    });
    return units;
}

QString cut(const QString &text, int maxUnits)
{
    int units = 0;
    qsizetype kept = 0; // code units of the clusters that fit
    bool fits = true;
    forEachCluster(text, [&](qsizetype start, qsizetype length) {
        units += ofCluster(QStringView(text).mid(start, length));
        if (units > maxUnits) {
            fits = false;
            return false;
        }
        kept = start + length;
        return true;
    });
    if (fits)
        return text;
    return text.left(kept) + QStringLiteral("...");
}

} // namespace DisplayWidth

#include "displaywidth.h"

#include <QList>
#include <QStringView>

#include <algorithm>
#include <iterator>

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// East Asian Wide (W) and Fullwidth (F) code points (emoji with emoji presentation among them),
// and the emoji blocks of the supplementary planes, sorted.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1AFF0, 0x1B2FF}, {0x1F000, 0x1FAFF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

} // namespace

namespace DisplayWidth {

int of(char32_t codePoint)
{
    const auto it = std::upper_bound(std::begin(kWide), std::end(kWide), codePoint,
                                     [](char32_t cp, const Range &r) { return cp < r.first; });
    if (it == std::begin(kWide))
        return 1;
    const Range &range = *std::prev(it);
    return codePoint <= range.last ? 2 : 1;
}

int of(const QString &text)
{
    int units = 0;
    for (const char32_t cp : QStringView(text).toUcs4())
        units += of(cp);
    return units;
}

QString cut(const QString &text, int maxUnits)
{
    if (of(text) <= maxUnits)
        return text;
    const QList<uint> codePoints = text.toUcs4();
    QList<char32_t> kept;
    int units = 0;
    for (const uint cp : codePoints) {
        const int w = of(char32_t(cp));
        if (units + w > maxUnits)
            break;
        units += w;
        kept.append(char32_t(cp));
    }
    return QString::fromUcs4(kept.constData(), kept.size()) + QStringLiteral("...");
}

} // namespace DisplayWidth

#pragma once

#include <QString>
#include <QStringView>

/**
 * How the phone measures and cuts menu titles.
 *
 * A title is measured per grapheme cluster (what the reader sees as one character: a letter
 * with its accents, a family emoji joined by ZWJ, a flag made of two regional indicators, a
 * keycap). A cluster counts 2 units when it is East Asian Wide or Fullwidth or shows as an
 * emoji, every other cluster 1; never more than 2. The properties come from ICU's Unicode
 * data (East_Asian_Width, Emoji, Emoji_Presentation, Extended_Pictographic,
 * Regional_Indicator), not from a table of our own, so they follow the Unicode version of
 * the system's ICU; the clusters come from QTextBoundaryFinder (UAX #29).
 *
 * A cluster shows as an emoji when one of its code points has Emoji_Presentation, when an
 * Emoji code point is followed by U+FE0F (VARIATION SELECTOR-16, as in a keycap or "❤️"),
 * when it joins an Extended_Pictographic code point with U+200D (ZWJ), or when it pairs two
 * regional indicators. A text-style symbol on its own ("©", "☺") counts 1.
 *
 * A title wider than the limit (8 units on the top level, 16 in a sub-menu) shows its longest
 * prefix of whole clusters that fits, followed by "..." (not counted). A title that fits
 * shows whole.
 */
namespace DisplayWidth {

inline constexpr int kTopLevelUnits = 8;
inline constexpr int kSubMenuUnits = 16;

/// The width of one code point standing alone: 2 for Wide, Fullwidth or emoji presentation.
int of(char32_t codePoint);
/// The width of one grapheme cluster (1 or 2; 0 when empty).
int ofCluster(QStringView cluster);
/// The width of a title: the sum over its grapheme clusters.
int of(const QString &text);
/// The title as the phone shows it within `maxUnits`.
QString cut(const QString &text, int maxUnits);

} // namespace DisplayWidth

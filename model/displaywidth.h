#pragma once

#include <QString>

/**
 * How the phone measures and cuts menu titles.
 *
 * Per code point, East Asian Wide and Fullwidth characters and emoji count 2 units, every
 * other code point 1. A title wider than the limit (8 units on the top level, 16 in a
 * sub-menu) shows its longest prefix that fits, followed by "..." (not counted).
 */
namespace DisplayWidth {

inline constexpr int kTopLevelUnits = 8;
inline constexpr int kSubMenuUnits = 16;

int of(char32_t codePoint);
int of(const QString &text);
/// The title as the phone shows it within `maxUnits`.
QString cut(const QString &text, int maxUnits);

} // namespace DisplayWidth

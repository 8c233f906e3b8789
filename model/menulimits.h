#pragma once

/// WeChat's structural and size limits for menus (menu-rules.md), in one place.
namespace MenuLimits {

inline constexpr int kMaxTopLevelButtons = 3;
inline constexpr int kMaxSubButtons = 5;
inline constexpr int kMaxTopLevelNameBytes = 16;
inline constexpr int kMaxSubNameBytes = 60;
inline constexpr int kMaxKeyBytes = 128;
inline constexpr int kMaxUrlBytes = 1024;
inline constexpr int kMaxConditionalDomains = 3;

} // namespace MenuLimits

#pragma once

#include <documentdata.h>

/**
 * The large document the benchmarks measure: a default menu and 1,000 conditional menus, each
 * of 3 top-level buttons with 5 sub-buttons (every publishable kind of button, Chinese names,
 * a distinct tag per menu, most of them for one platform). It has no issues.
 */
namespace BenchDocument {

constexpr int kMenus = 1000;
constexpr int kTopLevel = 3;
constexpr int kSubButtons = 5;

/// Every button of the document, parents included.
constexpr int kButtons = (kMenus + 1) * kTopLevel * (kSubButtons + 1);

/// The document, built in memory.
DocumentData make();

} // namespace BenchDocument

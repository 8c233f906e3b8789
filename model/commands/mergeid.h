#pragma once

/// Undo command ids that merge consecutive commands of the same kind, in one place.
enum class MergeId { ChangeButtonField = 1, ChangeMatchRule, RenameMenu };

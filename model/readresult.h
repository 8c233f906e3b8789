#pragma once

#include "documentdata.h"
#include "readerror.h"
#include "shape.h"

#include <QStringList>

/// A parsed menu document or the reason it could not be parsed.
struct ReadResult
{
    bool ok = false;
    Shape shape = Shape::Unknown;
    DocumentData data;
    ReadError error;
    /// Where the first `\uXXXX` escape is (1-based), 0 when there is none.
    int unicodeEscapeLine = 0;
    int unicodeEscapeColumn = 0;
    /// Paths of `sub_button`s written as `{"list":[...]}` outside a get_current_selfmenu_info
    /// answer: read as arrays, but a request holding that form is refused.
    QStringList listSubButtonPaths;
};

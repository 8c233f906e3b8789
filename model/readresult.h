#pragma once

#include "documentdata.h"
#include "readerror.h"
#include "shape.h"

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
};

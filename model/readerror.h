#pragma once

#include <QString>

/// Why a file could not be read as a menu document, and where.
struct ReadError
{
    QString message; ///< plain-language, translated; names the line/column or the JSON path
    QString path;    ///< JSON path of a shape problem, empty for syntax errors
    int line = 0;    ///< 1-based, 0 when not a syntax error
    int column = 0;  ///< 1-based, in characters
};

#pragma once

#include "checkedfile.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * The findings of `wemenu validate` as CI systems show them beside the lines of a file, each
 * at the line and column of the JSON value at fault (found by JsonPositions). A file that
 * could not be read gets one finding for the file itself: at its syntax error, at the value
 * its shape problem names, else at line 1.
 */
namespace Annotations {

/// GitHub workflow commands, one line per finding:
/// `::error file=F,line=L,col=C,title=RULE::PATH: MESSAGE` (`::warning` for a warning).
QString github(const CheckedFile &file);

/// A GitLab Code Quality report: one JSON array of `{description, check_name, fingerprint,
/// severity, location: {path, lines: {begin}}}` for the findings of every file.
QByteArray gitlab(const QList<CheckedFile> &files);

} // namespace Annotations

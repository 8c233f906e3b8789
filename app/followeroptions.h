#pragma once

#include <matchrule.h>

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;

/// The follower options shared by `match` and `render`: --tags and --client.
namespace FollowerOptions {

QCommandLineOption tags();
QCommandLineOption client();

/// Reads --tags (ids in the order applied) and --client (default: other). On a bad value
/// returns false with `error` set to a message for the user.
bool read(const QCommandLineParser &parser, QStringList *tagIds, ClientPlatform *platform,
          QString *error);

} // namespace FollowerOptions

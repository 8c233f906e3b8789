#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

/// Small tests on text and JSON values that several of the validator's rules share.
namespace RuleText {

/// The size of `text` in UTF-8 bytes, as WeChat counts its limits.
int utf8Size(const QString &text);
/// What a value that should have been text is instead ("an array", "an object"...).
QString jsonTypeName(const QJsonValue &value);
/// Keys that belong to another level of a document, never inside a button or a menu object.
const QStringList &misplacedKeys();
/// A UTF-16 surrogate without its other half: a character with no UTF-8 form.
bool hasLoneSurrogate(QStringView text);
/// A lone surrogate anywhere in `value`: its text, its keys, its items.
bool holdsLoneSurrogate(const QJsonValue &value);

} // namespace RuleText

#pragma once

#include "documentdata.h"

#include <QByteArray>

class JsonWriter;

/**
 * Writes menus as UTF-8 JSON with no `\u` escapes for non-ASCII text, keys in a fixed order,
 * and every unknown field written back as read.
 */
class MenuJsonWriter
{
public:
    /// Our file format: the menu/get shape without menuids.
    static QByteArray document(const DocumentData &data);
    /// A menu/create request body for `menu`.
    static QByteArray createBody(const Menu &menu);
    /// A menu/addconditional request body for `menu`.
    static QByteArray conditionalBody(const Menu &menu);
    /// One button (with its sub-buttons) as a JSON object.
    static QByteArray button(const Button &button);

    static void writeButton(JsonWriter &writer, const Button &button);
    static void writeMenu(JsonWriter &writer, const Menu &menu, bool withMatchRule);
    static void writeMatchRule(JsonWriter &writer, const MatchRule &rule);
};

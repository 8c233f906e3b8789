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
    /// A menu/create request body for `menu`: its buttons (unknown button fields included),
    /// never a key kept as read on the menu itself, nor the own action (type and its fields) of
    /// a button that has sub-buttons.
    static QByteArray createBody(const Menu &menu);
    /// A menu/addconditional request body for `menu`: its buttons and the known fields of its
    /// match rule, never a key kept as read on the menu or the rule (nor the menu's name), nor
    /// the own action of a button that has sub-buttons.
    static QByteArray conditionalBody(const Menu &menu);
    /// One button (with its sub-buttons) as a JSON object.
    static QByteArray button(const Button &button);

    /// `request`: as sent to WeChat, without the own action of a button that has sub-buttons.
    static void writeButton(JsonWriter &writer, const Button &button, bool request = false);
    /// `request`: as sent to WeChat, without the menu's and the rule's keys kept as read.
    static void writeMenu(JsonWriter &writer, const Menu &menu, bool withMatchRule,
                          bool request = false);
    static void writeMatchRule(JsonWriter &writer, const MatchRule &rule);
};

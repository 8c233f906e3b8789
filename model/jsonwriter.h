#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>

/**
 * Writes indented JSON with keys in the order they are given.
 *
 * Text is written as raw UTF-8: WeChat rejects any `\uXXXX` escape in a request body, so
 * only the control characters below U+0020 that have no short escape are written as `\u00XX`.
 */
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Starts a member of the current object; the next value or begin call is its value.
    void key(const QString &name);
    void value(const QString &text);
    void value(const QJsonValue &value);

    /// The document written so far, ending in a newline.
    QByteArray result() const { return m_out + '\n'; }

    static void appendString(QByteArray &out, const QString &text);

private:
    /// Appends `text` as UTF-8 with JSON's escapes (no lone surrogates in it).
    static void appendUtf8(QByteArray &out, QStringView text);

    struct Frame
    {
        bool isObject = false;
        int count = 0;
    };

    void beforeValue();
    void newline();
    void closeFrame(char bracket);

    QByteArray m_out;
    QList<Frame> m_stack;
    bool m_afterKey = false;
};

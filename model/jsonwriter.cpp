#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(4 * m_stack.size(), ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Frame &frame = m_stack.last();
    if (frame.count++ > 0)
        m_out += ',';
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_stack.append({true, 0});
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_stack.append({false, 0});
}

void JsonWriter::closeFrame(char bracket)
{
    const Frame frame = m_stack.takeLast();
    if (frame.count > 0)
        newline();
    m_out += bracket;
}

void JsonWriter::endObject()
{
    closeFrame('}');
}

void JsonWriter::endArray()
{
    closeFrame(']');
}

void JsonWriter::key(const QString &name)
{
    Frame &frame = m_stack.last();
    if (frame.count++ > 0)
        m_out += ',';
    newline();
    appendString(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    appendString(m_out, text);
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        beforeValue();
        m_out += "null";
        break;
    case QJsonValue::Bool:
        beforeValue();
        m_out += v.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double: {
        beforeValue();
        const double d = v.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15)
            m_out += QByteArray::number(static_cast<qint64>(d));
        else if (std::isfinite(d))
            m_out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        else
            m_out += "null";
        break;
    }
    case QJsonValue::String:
        value(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

void JsonWriter::appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    // A lone surrogate has no UTF-8 form: it is written as its escape, so that it reads back
    // as it was (and the validator names it) instead of turning into another character.
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        appendUtf8(out, QStringView(text).mid(start, i - start));
        const ushort u = c.unicode();
        out += "\\u";
        out += hex[(u >> 12) & 0xf];
        out += hex[(u >> 8) & 0xf];
        out += hex[(u >> 4) & 0xf];
        out += hex[u & 0xf];
        start = i + 1;
    }
    appendUtf8(out, QStringView(text).mid(start));
    out += '"';
}

void JsonWriter::appendUtf8(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
}

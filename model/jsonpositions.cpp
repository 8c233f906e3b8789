#include "jsonpositions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QSet>

namespace {

/// Deeper than any text QJsonDocument reads, so deeper than any path an issue names.
constexpr qsizetype kMaxDepth = 4096;

/// An object or array the scan is inside.
struct Frame
{
    bool isObject = false;
    bool wanted = false; ///< its path leads to a path asked for; `path` is set only then
    int index = 0;
    QString path;
};

/// Steps through the bytes, keeping the line and the column (in characters) of the next one.
class Cursor
{
public:
    explicit Cursor(const QByteArray &json)
        : m_json(json)
    {}

    bool atEnd() const { return m_offset >= m_json.size(); }
    char peek() const { return m_json.at(m_offset); }
    JsonPositions::Position position() const { return {m_line, m_column}; }

    void advance()
    {
        const auto byte = static_cast<unsigned char>(m_json.at(m_offset));
        if (byte == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((byte & 0xc0) != 0x80) {
            ++m_column; // count characters, not continuation bytes
        }
        ++m_offset;
    }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            advance();
        }
    }

    /// Skips a string starting at its opening quote; `raw` gets it with its quotes. False when
    /// it does not end.
    bool skipString(QByteArray *raw)
    {
        const qsizetype start = m_offset;
        advance();
        while (!atEnd()) {
            const char c = peek();
            advance();
            if (c == '"') {
                if (raw)
                    *raw = m_json.mid(start, m_offset - start);
                return true;
            }
            if (c == '\\' && !atEnd())
                advance();
        }
        return false;
    }

    /// Skips a number, true, false or null.
    void skipScalar()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
                return;
            advance();
        }
    }

private:
    const QByteArray &m_json;
    qsizetype m_offset = 0;
    int m_line = 1;
    int m_column = 1;
};

/// A member name as JSON text (with its quotes) as the name it stands for.
QString decodeKey(const QByteArray &raw)
{
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.mid(1, raw.size() - 2));
    return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
}

QString childPath(const QList<Frame> &stack, const QString &key, Shape shape)
{
    const QString &parent = stack.last().path;
    if (stack.size() == 1 && shape == Shape::SelfMenuInfo && key == QLatin1String("selfmenu_info"))
        return QStringLiteral("menu");
    // get_current_selfmenu_info's {"list":[...]}: the reader takes the list as the sub-buttons.
    if (key == QLatin1String("list") &&
        (parent == QLatin1String("sub_button") || parent.endsWith(QLatin1String(".sub_button"))))
        return parent;
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString rootPath(Shape shape)
{
    switch (shape) {
    case Shape::Create:
        return QStringLiteral("menu");
    case Shape::Conditional:
        return QStringLiteral("conditionalmenu[0]");
    default:
        return QString();
    }
}

} // namespace

JsonPositions JsonPositions::scan(const QByteArray &json, Shape shape, const QStringList &paths)
{
    enum class Expect { Value, KeyOrEnd, Key, ValueOrEnd, Separator };

    // The paths asked for and every path enclosing them.
    QSet<QString> wanted;
    for (QString path : paths) {
        while (!wanted.contains(path)) {
            wanted.insert(path);
            if (path.isEmpty())
                break;
            path = parentPath(path);
        }
    }

    JsonPositions result;
    Cursor cursor(json);
    QList<Frame> stack;
    Expect expect = Expect::Value;
    QString path = rootPath(shape);
    bool pathWanted = wanted.contains(path);
    // The path of a member or element, built only inside a value that leads somewhere wanted.
    const auto enter = [&](const QString &child) {
        pathWanted = wanted.contains(child);
        path = pathWanted ? child : QString();
    };
    for (;;) {
        cursor.skipSpace();
        if (cursor.atEnd())
            return result;
        const char c = cursor.peek();
        switch (expect) {
        case Expect::ValueOrEnd:
            if (c == ']') {
                cursor.advance();
                stack.removeLast();
                expect = Expect::Separator;
                break;
            }
            if (stack.last().wanted)
                enter(stack.last().path + QStringLiteral("[%1]").arg(stack.last().index));
            else
                pathWanted = false;
            [[fallthrough]];
        case Expect::Value:
            if (pathWanted)
                result.m_positions.insert(path, cursor.position());
            if (c == '{' || c == '[') {
                if (stack.size() >= kMaxDepth)
                    return result;
                cursor.advance();
                stack.append({c == '{', pathWanted, 0, path});
                expect = c == '{' ? Expect::KeyOrEnd : Expect::ValueOrEnd;
            } else if (c == '"') {
                if (!cursor.skipString(nullptr))
                    return result;
                expect = Expect::Separator;
            } else if (c == ',' || c == ':' || c == ']' || c == '}') {
                return result;
            } else {
                cursor.skipScalar();
                expect = Expect::Separator;
            }
            break;
        case Expect::KeyOrEnd:
            if (c == '}') {
                cursor.advance();
                stack.removeLast();
                expect = Expect::Separator;
                break;
            }
            [[fallthrough]];
        case Expect::Key: {
            QByteArray raw;
            if (c != '"' || !cursor.skipString(&raw))
                return result;
            cursor.skipSpace();
            if (cursor.atEnd() || cursor.peek() != ':')
                return result;
            cursor.advance();
            if (stack.last().wanted)
                enter(childPath(stack, decodeKey(raw), shape));
            else
                pathWanted = false;
            expect = Expect::Value;
            break;
        }
        case Expect::Separator: {
            if (stack.isEmpty())
                return result;
            Frame &top = stack.last();
            if (c == ',') {
                cursor.advance();
                if (top.isObject) {
                    expect = Expect::Key;
                } else {
                    ++top.index;
                    if (top.wanted)
                        enter(top.path + QStringLiteral("[%1]").arg(top.index));
                    else
                        pathWanted = false;
                    expect = Expect::Value;
                }
            } else if (c == (top.isObject ? '}' : ']')) {
                cursor.advance();
                stack.removeLast();
            } else {
                return result;
            }
            break;
        }
        }
    }
}

JsonPositions::Position JsonPositions::locate(const QString &path) const
{
    QString current = path;
    for (;;) {
        const auto it = m_positions.constFind(current);
        if (it != m_positions.constEnd())
            return *it;
        if (current.isEmpty())
            return {};
        current = parentPath(current);
    }
}

QString JsonPositions::parentPath(const QString &path)
{
    const qsizetype cut =
        qMax(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
    return cut < 0 ? QString() : path.left(cut);
}

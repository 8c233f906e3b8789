#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * What the name counter says, in characters as people count them: how many more Chinese
 * characters (or letters, which count half) the phone shows in full, or how much of the name
 * it shows. The byte count, which is the API's limit, goes into the tooltip only.
 */
class NameCounter
{
    Q_DECLARE_TR_FUNCTIONS(NameCounter)

public:
    enum class Level {
        Fits,    ///< the phone shows the whole name
        Cut,     ///< the phone cuts the name: a note, not an error
        TooLong, ///< more bytes than WeChat accepts: it cannot be published
    };

    NameCounter(const QString &name, bool topLevel);

    Level level() const { return m_level; }
    /// "2 more Chinese characters", "1 more letter", "The phone shows only the first ...".
    QString text() const;
    /// "30/60 bytes" and what the limit means.
    QString toolTip() const;

private:
    QString m_name;
    int m_units;    ///< the phone's cut for this level, in display units
    int m_width;    ///< the name's display width
    int m_bytes;    ///< UTF-8 bytes of the name
    int m_maxBytes; ///< the API's byte limit for this level
    Level m_level;
};

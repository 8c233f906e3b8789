#include "namecounter.h"

#include <displaywidth.h>
#include <menulimits.h>

NameCounter::NameCounter(const QString &name, bool topLevel)
    : m_name(name)
    , m_units(topLevel ? DisplayWidth::kTopLevelUnits : DisplayWidth::kSubMenuUnits)
    , m_width(DisplayWidth::of(name))
    , m_bytes(int(name.toUtf8().size()))
    , m_maxBytes(topLevel ? MenuLimits::kMaxTopLevelNameBytes : MenuLimits::kMaxSubNameBytes)
{
    m_level = m_bytes > m_maxBytes ? Level::TooLong : m_width > m_units ? Level::Cut : Level::Fits;
}

QString NameCounter::text() const
{
    const int left = m_units - m_width;
    if (m_level == Level::TooLong) {
        return tr("Too long for WeChat to accept: shorten the name");
    }
    if (left < 0) {
        // A Chinese character is 2 units: the cut counted in characters and in letters.
        return tr("The phone shows only the first %n Chinese characters (or %1 letters): \"%2\"",
                  nullptr, m_units / 2)
            .arg(QString::number(m_units), DisplayWidth::cut(m_name, m_units));
    }
    if (left == 0)
        return tr("The phone shows the whole name; no room for more");
    const int characters = left / 2;
    if (characters == 0)
        return tr("1 more letter");
    if (left % 2 == 0) {
        return characters == 1 ? tr("1 more Chinese character")
                               : tr("%n more Chinese characters", nullptr, characters);
    }
    return characters == 1 ? tr("1 more Chinese character and 1 letter")
                           : tr("%n more Chinese characters and 1 letter", nullptr, characters);
}

QString NameCounter::toolTip() const
{
    return tr("%1/%2 bytes: WeChat accepts a name of at most %2 bytes (a Chinese character "
              "takes 3, a letter 1). A Chinese character shows twice as wide as a letter.")
        .arg(m_bytes)
        .arg(m_maxBytes);
}

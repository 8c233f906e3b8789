#pragma once

#include <QByteArray>
#include <QString>

/**
 * The ICANN section of the Public Suffix List, as libpsl holds it: the newer of its built-in
 * list and the system's (/usr/share/publicsuffix).
 *
 * libpsl is loaded when a suffix is first looked up, not with the program: most starts of the
 * editor (an empty menu, a menu without links) never need it, and it brings two more libraries
 * of its own. Safe to use from any thread.
 */
class PublicSuffixList
{
public:
    /// Whether `domain` (lower case, ASCII) is an ICANN public suffix ("com.cn"). Without
    /// libpsl or a list, only a single label is ("the * rule" alone).
    static bool isIcannSuffix(const QByteArray &domain);
    /// Why no list could be loaded; empty when one was.
    static QString loadError();
};

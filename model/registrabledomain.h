#pragma once

#include <QByteArray>
#include <QString>

/**
 * The registrable domain of a link, as the 3-domain rule of conditional menus counts it.
 *
 * The host's public suffix is looked up in the ICANN section of the Public Suffix List, as
 * libpsl holds it (the newer of its built-in list and the system's, /usr/share/publicsuffix,
 * which the Debian package publicsuffix keeps current); the registrable domain is that suffix
 * and one more label: `shop.example.com.cn` -> `example.com.cn`. The PRIVATE section (hosting
 * services such as github.io, where each user's site is a public suffix of its own) is left
 * out on purpose: `a.github.io` and `b.github.io` are one domain, `github.io`. A top-level
 * domain the list does not know counts as a suffix of one label (`intranet.lan` stays whole).
 *
 * The result is lower case, in ASCII: an internationalized host is given in its ACE (Punycode)
 * form, so `例子.中国` and `xn--fsqu00a.xn--fiqs8s` are one domain. An IP address (IPv4, or
 * IPv6 without its brackets) counts as itself, and so does a host that is itself a public
 * suffix (`com.cn`). Empty when the link has no host.
 */
QString registrableDomain(const QString &url);

/// The host of a link as registrableDomain() reads it: ACE form, lower case, no final dot.
QByteArray linkHost(const QString &url);
/// The registrable domain of a host given as linkHost() returns it (the second half of
/// registrableDomain(), for callers that keep the result per host).
QString registrableDomainOfHost(const QByteArray &host);

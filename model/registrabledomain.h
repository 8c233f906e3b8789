#pragma once

#include <QString>

/**
 * The registrable domain of a link, as the 3-domain rule of conditional menus counts it: the
 * last two labels of the host, or the last three under com.cn, net.cn, org.cn, gov.cn, edu.cn
 * and com.hk. An IP address counts as itself. Empty when the link has no host.
 */
QString registrableDomain(const QString &url);

#include "privateaddress.h"

#include <QHostAddress>

namespace PrivateAddress {

bool isPrivate(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // IPv4-mapped IPv6 too
    if (isV4) {
        const auto in = [v4](quint32 network, int bits) {
            const quint32 mask = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
            return (v4 & mask) == network;
        };
        return in(0x00000000, 8) || in(0x7F000000, 8) || in(0x0A000000, 8) || in(0xAC100000, 12) ||
               in(0xC0A80000, 16) || in(0xA9FE0000, 16) || in(0x64400000, 10);
    }
    return address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast() ||
           address.isSiteLocal() || address == QHostAddress::AnyIPv6;
}

} // namespace PrivateAddress

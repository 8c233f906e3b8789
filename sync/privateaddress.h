#pragma once

class QHostAddress;

/// Whether an address belongs to this computer or a private network (loopback, RFC 1918,
/// link-local, carrier-grade NAT, IPv6 unique local): a link there probes the user's network.
namespace PrivateAddress {
bool isPrivate(const QHostAddress &address);
} // namespace PrivateAddress

package com.topcoins.frontapi.door;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Whom a per-client limit counts: the peer's IPv4 address, or the /64 prefix of an IPv6 one (a
 * single host is routinely given a whole /64, so counting full IPv6 addresses would let it be as many
 * "clients" as it likes).
 *
 * @param key the address, or the IPv6 prefix, in text form
 */
public record Client(String key) {

    private static final int IPV6_PREFIX_BYTES = 8;

    static Client of(InetAddress peer) {
        if (!(peer instanceof Inet6Address)) {
            return new Client(peer.getHostAddress());
        }
        byte[] prefix = Arrays.copyOf(peer.getAddress(), 16);
        Arrays.fill(prefix, IPV6_PREFIX_BYTES, prefix.length, (byte) 0);
        try {
            return new Client(InetAddress.getByAddress(prefix).getHostAddress());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", e);
        }
    }

    /** From {@code ServletRequest.getRemoteAddr()}: an address literal, never looked up in DNS. */
    public static Client ofAddress(String address) {
        if (address.indexOf(':') < 0) {
            return new Client(address);
        }
        try {
            // Java parses text with a ':' as an IPv6 literal and refuses it if it is not one: no DNS lookup.
            return of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return new Client(address);
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
package org.factdesk.desk;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which hosts the desk may fetch from. A host is resolved once; if any of its addresses is
 * internal (loopback, private, link-local, unique-local, multicast, cloud metadata, reserved),
 * the fetch is refused, and the connection is made to exactly the addresses that were checked,
 * so a second DNS answer cannot swap in an internal one. Numbers written other than as four
 * plain decimal parts ({@code 2130706433}, {@code 0177.0.0.1}, {@code 0x7f.1}) are refused: tools
 * disagree on what they mean.
 */
final class AddressPolicy {
  private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)[0-9][0-9a-fx.]*");
  private static final Pattern PLAIN_IPV4 = Pattern.compile("(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}");

  /** The host may not be fetched from; the message is safe to show (it names no port or answer). */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message);
    }
  }

  /** Looks a host name up; production uses the system's resolver, tests a table of their own. */
  @FunctionalInterface
  interface HostLookup {
    InetAddress[] lookup(String name) throws UnknownHostException;

    HostLookup SYSTEM = InetAddress::getAllByName;
  }

  private final Set<String> allowedHosts;
  private final HostLookup lookup;

  AddressPolicy(Set<String> allowedHosts) {
    this(allowedHosts, HostLookup.SYSTEM);
  }

  AddressPolicy(Set<String> allowedHosts, HostLookup lookup) {
    this.lookup = lookup;
    this.allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
  }

  /** Resolves the host and returns its addresses, or refuses it. */
  List<InetAddress> resolve(String host) throws Refused {
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (NUMERIC_HOST.matcher(name).matches() && !PLAIN_IPV4.matcher(name).matches()) {
      throw new Refused("Write the address with its host name, or as four plain numbers.");
    }
    InetAddress[] addresses;
    try {
      addresses = lookup.lookup(name);
    } catch (UnknownHostException e) {
      throw new Refused("There is no site called " + host + ".");
    }
    if (allowedHosts.contains(name)) {
      return List.of(addresses);
    }
    for (InetAddress a : addresses) {
      if (isInternal(a)) {
        throw new Refused("The desk does not fetch from internal network addresses.");
      }
    }
    return List.of(addresses);
  }

  /** True for any address that is not a public unicast address on the internet. */
  static boolean isInternal(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress()
        || a.isSiteLocalAddress() || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return isInternalV4(b);
    }
    if (a instanceof Inet6Address) {
      int first = b[0] & 0xff;
      if ((first & 0xfe) == 0xfc) {
        return true; // fc00::/7 unique local (includes fd00:ec2::254, a cloud metadata address)
      }
      boolean zeroPrefix = true;
      for (int i = 0; i < 10; i++) {
        zeroPrefix &= b[i] == 0;
      }
      // ::a.b.c.d (IPv4-compatible) and ::ffff:a.b.c.d (IPv4-mapped) carry an IPv4 address.
      if (zeroPrefix && (b[10] == 0 && b[11] == 0 || (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff)) {
        return isInternalV4(new byte[] {b[12], b[13], b[14], b[15]}) || isLoopbackOrAny(b);
      }
      // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) also embed an IPv4 address.
      if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) {
        return isInternalV4(new byte[] {b[12], b[13], b[14], b[15]});
      }
      if (first == 0x20 && (b[1] & 0xff) == 0x02) {
        return isInternalV4(new byte[] {b[2], b[3], b[4], b[5]});
      }
      return first == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8; // documentation
    }
    return true;
  }

  private static boolean isLoopbackOrAny(byte[] b) {
    for (int i = 0; i < 15; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return b[15] == 0 || b[15] == 1;
  }

  private static boolean isInternalV4(byte[] b) {
    int x = b[0] & 0xff;
    int y = b[1] & 0xff;
    return x == 0 || x == 10 || x == 127 || x >= 224 // this network, private, loopback, multicast and reserved
        || x == 100 && y >= 64 && y <= 127 // shared address space (carrier NAT; some clouds' metadata)
        || x == 169 && y == 254 // link-local, including 169.254.169.254 (cloud metadata)
        || x == 172 && y >= 16 && y <= 31
        || x == 192 && y == 168
        || x == 192 && y == 0 && (b[2] & 0xff) == 0 // IETF protocol assignments
        || x == 192 && y == 0 && (b[2] & 0xff) == 2 // documentation
        || x == 198 && (y == 18 || y == 19) // benchmarking
        || x == 198 && y == 51 && (b[2] & 0xff) == 100
        || x == 203 && y == 0 && (b[2] & 0xff) == 113;
  }
}

package io.fokus.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The address of the client that sent a request. Behind a load balancer the socket peer is the balancer, so the
 * forwarded header is read, but only when the peer is a trusted proxy ({@code fokus.proxies.trusted}): walking the
 * header from the right, the first address that is not a trusted proxy is the client. Anything a client writes
 * into the header itself lies to the left of that and is ignored. With no trusted proxies (the default) the socket
 * peer is the client.
 *
 * <p>IPv6 clients are identified by their /64 prefix, which one customer typically holds as a whole.
 */
@Component
public class ClientAddresses {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private final List<IpAddressMatcher> trusted;
  private final ProxyProperties.Header header;

  ClientAddresses(ProxyProperties properties) {
    this.trusted = properties.trusted().stream().map(IpAddressMatcher::new).toList();
    this.header = properties.header();
  }

  /** The client's address, as the rate limits key it. */
  public String of(HttpServletRequest request) {
    String client = literal(request.getRemoteAddr());
    if (client == null || !isTrusted(client)) {
      return key(client == null ? request.getRemoteAddr() : client);
    }
    List<String> hops = hops(request);
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = literal(hops.get(i));
      if (hop == null) {
        break; // "unknown", an obfuscated name or garbage: the last address we can trust to be real stands
      }
      client = hop;
      if (!isTrusted(hop)) {
        break;
      }
    }
    return key(client);
  }

  private boolean isTrusted(String address) {
    return trusted.stream().anyMatch(matcher -> matcher.matches(address));
  }

  /** The forwarded-for addresses, first hop (the original client as claimed) first. */
  private List<String> hops(HttpServletRequest request) {
    List<String> hops = new ArrayList<>();
    for (String value : Collections.list(request.getHeaders(header.headerName()))) {
      for (String element : value.split(",")) {
        if (header == ProxyProperties.Header.X_FORWARDED_FOR) {
          hops.add(element.trim());
          continue;
        }
        for (String pair : element.split(";")) {
          int equals = pair.indexOf('=');
          if (equals > 0 && pair.substring(0, equals).trim().equalsIgnoreCase("for")) {
            hops.add(pair.substring(equals + 1).trim());
          }
        }
      }
    }
    return hops;
  }

  /** The IP literal in a header or socket value ({@code 1.2.3.4}, {@code 1.2.3.4:80}, {@code "[::1]:80"}), or null. */
  static String literal(String value) {
    if (value == null) {
      return null;
    }
    String address = value.trim();
    if (address.length() >= 2 && address.startsWith("\"") && address.endsWith("\"")) {
      address = address.substring(1, address.length() - 1);
    }
    if (address.startsWith("[")) {
      int close = address.indexOf(']');
      address = close < 0 ? "" : address.substring(1, close);
    } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
      address = address.substring(0, address.indexOf(':')); // IPv4 with a port
    }
    boolean v4 = IPV4.matcher(address).matches();
    if (v4 ? !Arrays.stream(address.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255)
        : !IPV6.matcher(address).matches()) {
      return null; // never let a name through to resolution: the value comes from the network
    }
    try {
      return InetAddress.getByName(address).getHostAddress().toLowerCase(Locale.ROOT);
    } catch (UnknownHostException e) {
      return null; // only literals get here, so this is a malformed one
    }
  }

  private static String key(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return String.valueOf(address);
    }
    String[] groups = address.split(":", -1);
    return groups.length == 8 ? String.join(":", groups[0], groups[1], groups[2], groups[3]) + "::/64" : address;
  }
}

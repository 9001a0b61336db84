package io.fokus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which address a request is counted for, with and without trusted proxies in front. */
class ClientAddressesTest {

  private final ClientAddresses noProxies = new ClientAddresses(new ProxyProperties(List.of(), null));
  private final ClientAddresses behindBalancer = new ClientAddresses(
      new ProxyProperties(List.of("10.0.0.0/8", "127.0.0.1"), null));

  @Test
  void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
    assertThat(noProxies.of(request("10.1.2.3", "X-Forwarded-For", "198.51.100.9"))).isEqualTo("10.1.2.3");
    assertThat(behindBalancer.of(request("192.0.2.50", "X-Forwarded-For", "198.51.100.9"))).isEqualTo("192.0.2.50");
  }

  @Test
  void forwardedHeadersFromATrustedPeerNameTheClient() {
    assertThat(behindBalancer.of(request("10.1.2.3", "X-Forwarded-For", "198.51.100.9"))).isEqualTo("198.51.100.9");
    // the first untrusted address from the right: what the client claims left of it is ignored
    assertThat(behindBalancer.of(request("10.1.2.3", "X-Forwarded-For", "1.1.1.1, 198.51.100.9, 10.9.9.9")))
        .isEqualTo("198.51.100.9");
    // one balancer each for every customer: without the header, the balancer itself is the client
    assertThat(behindBalancer.of(request("10.1.2.3", null, null))).isEqualTo("10.1.2.3");
  }

  @Test
  void theStandardForwardedHeaderIsReadWhenConfigured() {
    ClientAddresses forwarded = new ClientAddresses(
        new ProxyProperties(List.of("10.0.0.0/8"), ProxyProperties.Header.FORWARDED));

    assertThat(forwarded.of(request("10.1.2.3", "Forwarded", "for=192.0.2.60;proto=https, for=\"198.51.100.9:4711\"")))
        .isEqualTo("198.51.100.9");
    assertThat(forwarded.of(request("10.1.2.3", "Forwarded", "for=\"[2001:db8:cafe:1:2:3:4:5]:4711\"")))
        .isEqualTo("2001:db8:cafe:1::/64");
    // the header this deployment does not use is never read
    assertThat(forwarded.of(request("10.1.2.3", "X-Forwarded-For", "198.51.100.9"))).isEqualTo("10.1.2.3");
  }

  @Test
  void namesAndGarbageAreNeverResolved() {
    assertThat(behindBalancer.of(request("10.1.2.3", "X-Forwarded-For", "evil.example, 198.51.100.9")))
        .isEqualTo("198.51.100.9");
    assertThat(behindBalancer.of(request("10.1.2.3", "X-Forwarded-For", "localhost"))).isEqualTo("10.1.2.3");
    assertThat(behindBalancer.of(request("10.1.2.3", "X-Forwarded-For", "999.1.1.1"))).isEqualTo("10.1.2.3");
    assertThat(ClientAddresses.literal("unknown")).isNull();
    assertThat(ClientAddresses.literal("_hidden")).isNull();
    assertThat(ClientAddresses.literal("198.51.100.9:8080")).isEqualTo("198.51.100.9");
  }

  @Test
  void ipv6ClientsAreCountedByTheirPrefix() {
    assertThat(noProxies.of(request("2001:db8:0:1::7", null, null)))
        .isEqualTo(noProxies.of(request("2001:db8:0:1:ffff::9", null, null)))
        .isEqualTo("2001:db8:0:1::/64");
  }

  private static MockHttpServletRequest request(String peer, String header, String value) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/public/surveys/x");
    request.setRemoteAddr(peer);
    if (header != null) {
      request.addHeader(header, value);
    }
    return request;
  }
}

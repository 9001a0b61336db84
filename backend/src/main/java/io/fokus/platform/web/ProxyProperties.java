package io.fokus.platform.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which reverse proxies (load balancers) may tell the client's address ({@code fokus.proxies.*}).
 *
 * @param trusted addresses or CIDR ranges of the proxies in front of Fokus ({@code FOKUS_PROXIES_TRUSTED}, comma
 *     separated); empty (the default) trusts none and uses the socket peer as the client
 * @param header the header those proxies append the client to: {@code X_FORWARDED_FOR} (default) or
 *     {@code FORWARDED} (RFC 7239); the other one is never read
 */
@ConfigurationProperties("fokus.proxies")
public record ProxyProperties(List<String> trusted, Header header) {

  public ProxyProperties {
    trusted = trusted == null ? List.of() : trusted.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    header = header == null ? Header.X_FORWARDED_FOR : header;
  }

  /** A forwarded-for header a proxy may write. */
  public enum Header {
    X_FORWARDED_FOR("X-Forwarded-For"),
    FORWARDED("Forwarded");

    private final String headerName;

    Header(String headerName) {
      this.headerName = headerName;
    }

    public String headerName() {
      return headerName;
    }
  }
}

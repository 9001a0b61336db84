package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.RawHttp;
import io.fokus.support.WebTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With an operator password configured, the operator (and only the operator) reads metrics with HTTP basic. */
@TestPropertySource(properties = "fokus.operator.password=" + OperatorMetricsWebTest.PASSWORD)
class OperatorMetricsWebTest extends WebTestSupport {

  static final String PASSWORD = "an-operator-password-for-tests";

  @LocalServerPort
  int serverPort;

  @Test
  void theOperatorReadsMetricsAndHealthDetails() {
    RawHttp.Answer prometheus = RawHttp.get(serverPort, "/actuator/prometheus", basic("operator", PASSWORD),
        "Accept: text/plain");
    assertThat(prometheus.status()).isEqualTo(200);
    assertThat(prometheus.body()).contains("jvm_memory_used_bytes");

    assertThat(RawHttp.get(serverPort, "/actuator", basic("operator", PASSWORD)).body()).contains("_links");
    assertThat(RawHttp.get(serverPort, "/actuator/health", basic("operator", PASSWORD)).body())
        .contains("components");
  }

  @Test
  void othersAreRefused() {
    RawHttp.Answer anonymous = RawHttp.get(serverPort, "/actuator/prometheus");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

    assertThat(RawHttp.get(serverPort, "/actuator/prometheus", basic("operator", PASSWORD + "x")).status())
        .isEqualTo(401);
    assertThat(RawHttp.get(serverPort, "/actuator/prometheus", basic("admin", PASSWORD)).status()).isEqualTo(401);
    assertThat(RawHttp.get(serverPort, "/actuator/health").body()).doesNotContain("components");
  }

  private static String basic(String user, String password) {
    return "Authorization: Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

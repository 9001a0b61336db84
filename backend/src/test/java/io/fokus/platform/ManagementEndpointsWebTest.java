package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.RawHttp;
import io.fokus.support.WebTestSupport;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without an operator password (the default), only health without details and info are public; metrics, Prometheus
 * and the endpoint index are closed to everyone, with or without credentials.
 */
class ManagementEndpointsWebTest extends WebTestSupport {

  @LocalServerPort
  int serverPort;

  @Test
  void onlyHealthAndInfoArePublic() {
    RawHttp.Answer health = RawHttp.get(serverPort, "/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
    assertThat(RawHttp.get(serverPort, "/actuator/health/readiness").status()).isEqualTo(200);
    assertThat(RawHttp.get(serverPort, "/actuator/info").status()).isEqualTo(200);

    for (String closed : new String[] {"/actuator", "/actuator/prometheus", "/actuator/metrics",
        "/actuator/metrics/jvm.memory.used", "/actuator/env", "/actuator/health/db"}) {
      RawHttp.Answer answer = RawHttp.get(serverPort, closed);
      assertThat(answer.status()).as(closed + ": " + answer).isIn(401, 404);
      assertThat(answer.header("Content-Type")).as(closed).startsWith("application/problem+json");
      assertThat(answer.body()).as(closed).doesNotContain("jvm_", "_links");
    }
  }

  @Test
  void noCredentialOpensMetricsWhenNoOperatorPasswordIsSet() {
    for (String password : new String[] {"", "operator", "changeme-changeme"}) {
      RawHttp.Answer answer = RawHttp.get(serverPort, "/actuator/prometheus", "Authorization: Basic "
          + Base64.getEncoder().encodeToString(("operator:" + password).getBytes(StandardCharsets.UTF_8)));
      assertThat(answer.status()).as(password).isEqualTo(401);
    }
    SignedUp tenant = signUp();
    RawHttp.Answer withToken = RawHttp.get(serverPort, "/actuator/prometheus",
        "Authorization: Bearer " + tenant.adminToken());
    assertThat(withToken.status()).isEqualTo(401);
  }
}

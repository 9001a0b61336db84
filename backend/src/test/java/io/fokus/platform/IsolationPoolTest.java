package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Isolation 3: many interleaved requests of two tenants over the shared pool never see each other's rows. */
class IsolationPoolTest extends WebTestSupport {

  @Test
  void interleavedConcurrentRequestsStayInTheirTenant() throws Exception {
    SignedUp a = signUp();
    SignedUp b = signUp();
    Api adminA = api.as(a.adminToken());
    Api adminB = api.as(b.adminToken());
    for (int i = 0; i < 3; i++) {
      adminA.post("/api/units", Map.of("name", "A-" + i, "kind", "TEAM"));
      adminB.post("/api/units", Map.of("name", "B-" + i, "kind", "TEAM"));
    }

    int rounds = 200;
    List<Future<String>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
      for (int i = 0; i < rounds; i++) {
        boolean isA = i % 2 == 0;
        Api client = isA ? adminA : adminB;
        String prefix = isA ? "A-" : "B-";
        int n = i;
        results.add(pool.submit(() -> {
          if (n % 10 < 2) { // writes of both tenants interleaved with the reads
            Api.Response created = client.post("/api/units", Map.of("name", prefix + "w" + n, "kind", "TEAM"));
            if (created.status() != 201) {
              return "write failed: " + created;
            }
          }
          Api.Response units = client.get("/api/units");
          for (JsonNode unit : units.body().values()) {
            if (!unit.path("name").asString().startsWith(prefix)) {
              return "tenant " + prefix + " saw " + unit;
            }
          }
          return units.status() == 200 && units.body().size() >= 3 ? "ok" : "unexpected " + units;
        }));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo("ok");
      }
    }
    assertThat(adminA.get("/api/units").body().size()).isEqualTo(3 + rounds / 10);
    assertThat(adminB.get("/api/units").body().size()).isEqualTo(3 + rounds / 10);
  }
}

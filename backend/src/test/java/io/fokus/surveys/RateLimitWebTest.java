package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Public submissions are limited per client: over the limit, 429 with Retry-After, and nothing is stored. */
@TestPropertySource(properties = "fokus.rate-limits.public-submissions-per-minute=3")
class RateLimitWebTest extends WebTestSupport {

  @LocalServerPort
  int serverPort;

  @Test
  void aClientOverItsLimitIsToldWhenToRetry() throws Exception {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    String token = manager.post("/api/surveys/" + id + "/publish", null).text("publicToken");

    for (int i = 0; i < 3; i++) {
      assertThat(api.post("/api/public/surveys/" + token + "/responses", Map.of("submissionId",
          UUID.randomUUID().toString(), "language", "en", "answers", Map.of("nps", 9))).status()).isEqualTo(201);
    }
    HttpResponse<String> limited = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + serverPort + "/api/public/surveys/" + token + "/responses"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"submissionId\": \"" + UUID.randomUUID()
            + "\", \"language\": \"en\", \"answers\": {\"nps\": 9}}")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
        assertThat(Integer.parseInt(v)).isBetween(1, 60));
    assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
        assertThat(v).startsWith("application/problem+json"));
    assertThat(manager.get("/api/surveys/" + id).body().path("responses").asInt()).isEqualTo(3);
  }
}

package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.FokusApplication;
import io.fokus.support.Api;
import io.fokus.support.WebTest;
import io.fokus.support.WebTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Public submissions are limited per client, every request counts, and logins are limited too. Over the limit:
 * 429 with Retry-After, and nothing is stored. Limits hold across app instances. The test's loopback address is a
 * trusted proxy, so every test sends its own client address in X-Forwarded-For and starts with fresh buckets.
 */
@TestPropertySource(properties = {RateLimitWebTest.SUBMISSIONS, RateLimitWebTest.LOGIN_REQUESTS,
    RateLimitWebTest.TRUSTED_PROXIES})
class RateLimitWebTest extends WebTestSupport {

  static final String SUBMISSIONS = "fokus.rate-limits.public-submissions-per-minute=3";
  static final String LOGIN_REQUESTS = "fokus.rate-limits.login-requests-per-minute=5";
  static final String TRUSTED_PROXIES = "fokus.proxies.trusted=127.0.0.1/32,::1";

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort
  int serverPort;

  private String token;
  private String surveyId;
  private Api manager;

  @BeforeEach
  void publishedSurvey() {
    SignedUp tenant = signUp();
    manager = api.as(member(tenant, "MANAGER"));
    surveyId = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    token = manager.post("/api/surveys/" + surveyId + "/publish", null).text("publicToken");
  }

  @Test
  void aClientOverItsLimitIsToldWhenToRetry() throws Exception {
    String client = randomClient();
    for (int i = 0; i < 3; i++) {
      assertThat(submit(client, validAnswer()).statusCode()).isEqualTo(201);
    }
    HttpResponse<String> limited = submit(client, validAnswer());

    assertThat(limited.statusCode()).isEqualTo(429);
    // 3 per minute: one token every 20 s, and the wait is rounded up, never down
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
        assertThat(Integer.parseInt(v)).isBetween(10, 20));
    assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
        assertThat(v).startsWith("application/problem+json"));
    assertThat(manager.get("/api/surveys/" + surveyId).body().path("responses").asInt()).isEqualTo(3);
  }

  @Test
  void invalidRequestsCountAgainstTheLimit() throws Exception {
    String client = randomClient();
    assertThat(submit(client, "{\"submissionId\": \"nope\"}").statusCode()).isEqualTo(400);
    assertThat(submit(client, "{\"a\": ").statusCode()).isEqualTo(400);
    assertThat(submit(client, "{\"submissionId\": \"" + UUID.randomUUID() + "\", \"language\": \"xx\"}")
        .statusCode()).isEqualTo(400);

    assertThat(submit(client, validAnswer()).statusCode()).isEqualTo(429);
    assertThat(manager.get("/api/surveys/" + surveyId).body().path("responses").asInt()).isZero();
  }

  @Test
  void clientsBehindTheTrustedProxyHaveBucketsOfTheirOwn() throws Exception {
    String first = randomClient();
    for (int i = 0; i < 3; i++) {
      submit(first, validAnswer());
    }
    assertThat(submit(first, validAnswer()).statusCode()).isEqualTo(429);
    // what a client writes into the header itself (left of the proxy's entry) changes nothing
    assertThat(submit("198.51.100.77, " + first, validAnswer()).statusCode()).isEqualTo(429);

    assertThat(submit(randomClient(), validAnswer()).statusCode()).isEqualTo(201);
  }

  @Test
  void aLoginOverItsLimitIsToldWhenToRetry() throws Exception {
    String login = issuer.tokenForNewLogin("busy-" + UUID.randomUUID() + "@example.test");
    for (int i = 0; i < 5; i++) {
      assertThat(api.as(login).get("/api/me").status()).isEqualTo(200);
    }
    HttpResponse<String> limited = HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + serverPort + "/api/me"))
        .header("Authorization", "Bearer " + login).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Content-Type")).hasValueSatisfying(v ->
        assertThat(v).startsWith("application/problem+json"));
    // 5 per minute: one token every 12 s
    assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
        assertThat(Integer.parseInt(v)).isBetween(8, 12));
    String otherLogin = issuer.tokenForNewLogin("calm-" + UUID.randomUUID() + "@example.test");
    assertThat(api.as(otherLogin).get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void twoInstancesOnOneDatabaseShareOneLimit() throws Exception {
    Map<String, Object> properties = new HashMap<>();
    for (String property : WebTest.class.getAnnotation(SpringBootTest.class).properties()) {
      properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
    }
    for (String property : List.of(SUBMISSIONS, LOGIN_REQUESTS, TRUSTED_PROXIES)) {
      properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
    }
    properties.put("fokus.security.jwk-set-uri", issuer.jwkSetUri());
    properties.put("server.port", "0");
    try (ConfigurableApplicationContext second = new SpringApplicationBuilder(FokusApplication.class)
        .properties(properties).run()) {
      int secondPort = Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
      String client = randomClient();

      assertThat(submit(serverPort, client, validAnswer()).statusCode()).isEqualTo(201);
      assertThat(submit(secondPort, client, validAnswer()).statusCode()).isEqualTo(201);
      assertThat(submit(secondPort, client, validAnswer()).statusCode()).isEqualTo(201);

      assertThat(submit(secondPort, client, validAnswer()).statusCode()).isEqualTo(429);
      assertThat(submit(serverPort, client, validAnswer()).statusCode()).isEqualTo(429);
      assertThat(manager.get("/api/surveys/" + surveyId).body().path("responses").asInt()).isEqualTo(3);
    }
  }

  private HttpResponse<String> submit(String forwardedFor, String body) throws Exception {
    return submit(serverPort, forwardedFor, body);
  }

  private HttpResponse<String> submit(int port, String forwardedFor, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/api/public/surveys/" + token + "/responses"))
        .header("Content-Type", "application/json")
        .header("X-Forwarded-For", forwardedFor)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String validAnswer() {
    return "{\"submissionId\": \"" + UUID.randomUUID() + "\", \"language\": \"en\", \"answers\": {\"nps\": 9}}";
  }

  private static String randomClient() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "203.0." + random.nextInt(256) + "." + random.nextInt(1, 255);
  }
}

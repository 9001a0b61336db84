package io.fokus.promises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The kept rate and the scores after kept and broken promises over HTTP, with real survey answers: five customers
 * whose promises were kept answer the NPS survey with 9 and 10, five whose promises were broken with 0 to 6. The
 * numbers are computed by hand (Wilson for the rate, adjusted Wald for NPS, DESIGN.md §7), the same whether the period
 * is read from the monthly rollup or from the promises, and another tenant sees none of them.
 */
class KeptRateWebTest extends WebTestSupport {

  @Test
  void theKeptRateAndTheCustomersScoresAfterKeptAndBrokenPromises() {
    SignedUp t = signUp();
    Api admin = api.as(t.adminToken());
    Api staff = api.as(member(t, "STAFF"));
    Api executive = api.as(member(t, "EXECUTIVE"));
    admin.put("/api/customers/settings", Map.of("quietPeriodDays", 0));
    String survey = admin.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    admin.post("/api/surveys/" + survey + "/publish", null);

    int[] afterKept = {9, 10, 9, 10, 9};
    int[] afterBroken = {0, 3, 6, 2, 8};
    for (int i = 0; i < 10; i++) {
      boolean kept = i < 5;
      String email = "customer" + i + "@kept.test";
      Api.Response made = staff.post("/api/promises", Map.of("text", "Promise " + i, "customerEmail", email,
          "sourceKind", "MANUAL", "withinWorkingDays", 3));
      assertThat(made.status()).as(made.toString()).isEqualTo(201);
      String id = made.body().path("promise").path("id").asString();
      if (i == 0) {
        assertThat(staff.post("/api/promises/" + id + "/renegotiate", Map.of("withinWorkingDays", 4, "note",
            "agreed")).status()).isEqualTo(200);
      }
      assertThat(staff.post("/api/promises/" + id + (kept ? "/keep" : "/break"), Map.of()).status()).isEqualTo(200);
      String token = admin.post("/api/surveys/" + survey + "/invitations", Map.of("invitees",
          List.of(Map.of("email", email)))).body().path("invited").get(0).path("token").asString();
      assertThat(api.post("/api/public/surveys/" + token + "/responses", Map.of("submissionId",
          UUID.randomUUID().toString(), "language", "en", "answers",
          Map.of("nps", kept ? afterKept[i] : afterBroken[i - 5]))).status()).isEqualTo(201);
    }
    String cancelled = staff.post("/api/promises", Map.of("text", "Cancelled one", "customerEmail",
        "customer0@kept.test", "sourceKind", "MANUAL", "withinWorkingDays", 3)).body().path("promise").path("id")
        .asString();
    staff.post("/api/promises/" + cancelled + "/cancel", Map.of("reason", "not needed"));

    // every answer is attributed to the promise decided before it
    JsonNode after = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
        .until(() -> executive.get("/api/promises/stats/after-scores").body(),
            b -> b.path("nps").path("kept").path("n").asInt() == 5 && b.path("nps").path("broken").path("n").asInt() == 5);
    // kept: 5 promoters of 5 → NPS 100; broken: 1 passive (8), 4 detractors → NPS −80
    assertThat(after.path("nps").path("kept").path("value").asDouble()).isCloseTo(100.0, within(1e-9));
    assertThat(after.path("nps").path("broken").path("value").asDouble()).isCloseTo(-80.0, within(1e-9));
    // adjusted Wald: kept p' = 5.75/8, d' = 0.75/8 → 0.625, SE sqrt((0.8125 − 0.390625)/8) = 0.22964; broken
    // p' = 0.75/8, d' = 4.75/8 → −0.5, SE sqrt((0.6875 − 0.25)/8) = 0.23385; difference 112.5 points,
    // z = 1.125 / 0.32775 = 3.4325
    JsonNode difference = after.path("nps").path("difference");
    assertThat(difference.path("estimate").asDouble()).isCloseTo(112.5, within(1e-6));
    assertThat(difference.path("z").asDouble()).isCloseTo(3.4325, within(0.001));
    assertThat(difference.path("significant").asBoolean()).isTrue();
    assertThat(after.path("csat").path("kept").path("suppressed").asBoolean()).as("no CSAT answers").isTrue();
    assertThat(after.path("csat").path("difference").isMissingNode()).isTrue();
    assertThat(after.path("windowDays").asInt()).isEqualTo(90);

    // 5 kept of 10 decided: Wilson 23.66 .. 76.34; one of them renegotiated; the cancelled one is not counted
    JsonNode byOwner = executive.get("/api/promises/stats/kept-rate?groupBy=OWNER").body();
    JsonNode total = byOwner.path("total");
    assertThat(total.path("kept").asInt()).isEqualTo(5);
    assertThat(total.path("broken").asInt()).isEqualTo(5);
    assertThat(total.path("cancelled").asInt()).isEqualTo(1);
    assertThat(total.path("rate").asDouble()).isCloseTo(50.0, within(1e-9));
    assertThat(total.path("low").asDouble()).isCloseTo(23.66, within(0.01));
    assertThat(total.path("high").asDouble()).isCloseTo(76.34, within(0.01));
    assertThat(total.path("renegotiationRate").asDouble()).isCloseTo(10.0, within(1e-9));
    assertThat(byOwner.path("rows").size()).isEqualTo(1);
    assertThat(byOwner.path("rows").get(0).path("label").asString()).isEqualTo("STAFF person");

    // the same from the promises (today only) and from the rollup (this whole month); by month, the trend
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    JsonNode days = executive.get("/api/promises/stats/kept-rate?groupBy=SOURCE&from=" + today + "&to=" + today)
        .body().path("total");
    LocalDate first = today.withDayOfMonth(1);
    JsonNode month = executive.get("/api/promises/stats/kept-rate?groupBy=SOURCE&from=" + first + "&to="
        + today.with(TemporalAdjusters.lastDayOfMonth())).body().path("total");
    assertThat(days).isEqualTo(month);
    assertThat(month.path("decided").asInt()).isEqualTo(10);
    JsonNode trend = executive.get("/api/promises/stats/kept-rate?groupBy=MONTH").body().path("rows");
    assertThat(trend.size()).isEqualTo(13);
    assertThat(trend.get(12).path("key").asString()).isEqualTo(today.toString().substring(0, 7));
    assertThat(trend.get(12).path("decided").asInt()).isEqualTo(10);
    assertThat(trend.get(0).path("suppressed").asBoolean()).isTrue();

    // a group under five is suppressed; bad parameters are refused; another tenant sees nothing
    assertThat(staff.get("/api/promises/stats/kept-rate?groupBy=UNIT&from=2020-01-01&to=2020-01-31").body()
        .path("total").path("suppressed").asBoolean()).isTrue();
    assertThat(executive.get("/api/promises/stats/kept-rate?groupBy=TEAM").status()).isEqualTo(400);
    assertThat(executive.get("/api/promises/stats/kept-rate?from=2030-02-01&to=2030-01-01").fieldError("from"))
        .isNotBlank();
    assertThat(executive.get("/api/promises/stats/kept-rate?unitId=" + UUID.randomUUID()).fieldError("unitId"))
        .isNotBlank();
    Api stranger = api.as(signUp().adminToken());
    assertThat(stranger.get("/api/promises/stats/kept-rate").body().path("total").path("decided").asInt()).isZero();
    assertThat(stranger.get("/api/promises/stats/after-scores").body().path("nps").path("kept").path("n").asInt())
        .isZero();
  }
}

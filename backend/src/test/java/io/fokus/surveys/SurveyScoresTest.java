package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import io.fokus.surveys.ScoreQuery.Dimension;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The query API for other modules counts exactly what the results endpoints score: the same answers, split by period,
 * touchpoint and level, with staff buckets withheld by the disclosure rule.
 */
class SurveyScoresTest extends WebTestSupport {

  @Autowired
  SurveyScores scores;

  @Test
  void customerCountsAddUpToTheScoresOfTheScoresEndpointPerTouchpoint() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String relationship = publish(manager, Map.of("name", "NPS", "template", "NPS"));
    for (int score : new int[] {10, 10, 9, 9, 9, 8, 8, 7, 6, 3}) {
      answer(relationship, Map.of("nps", score));
    }
    String onboarding = publish(manager, Map.of("name", "NPS onboarding", "template", "NPS",
        "touchpoint", "onboarding"));
    for (int score : new int[] {0, 10, 10, 10, 9, 2}) {
      answer(onboarding, Map.of("nps", score));
    }
    String invited = manager.post("/api/surveys", Map.of("name", "NPS invited", "template", "NPS",
        "touchpoint", "account")).text("id");
    manager.post("/api/surveys/" + invited + "/publish", null);
    int[] vipScores = {10, 9, 4, 8, 10};
    for (int i = 0; i < vipScores.length; i++) {
      String segment = i < 4 ? "vip" : "standard";
      String invitation = manager.post("/api/surveys/" + invited + "/invitations", Map.of("invitees", List.of(
          Map.of("email", "c" + i + "@customers.test", "attributes", Map.of("segment", segment)))))
          .body().path("invited").get(0).path("token").asString();
      answer(invitation, Map.of("nps", vipScores[i]));
    }
    String support = publish(manager, Map.of("name", "CSAT", "template", "CSAT_SUPPORT"));
    for (int score : new int[] {5, 4, 4, 3, 2, 5}) {
      answer(support, Map.of("csat", score, "resolved", "yes"));
    }
    String effort = publish(manager, Map.of("name", "CES", "template", "CES"));
    for (int score : new int[] {7, 6, 5, 3, 1}) {
      answer(effort, Map.of("ces", score));
    }

    TenantId tenantId = TenantId.of(tenant.tenantId());
    List<ScoreBucket> byTouchpoint = scores.buckets(ScoreQuery.of(tenantId, Audience.CUSTOMER, Bucket.MONTH)
        .by(Dimension.TOUCHPOINT));
    assertThat(byTouchpoint).extracting(ScoreBucket::touchpoint).contains("relationship", "onboarding", "support");
    assertThat(byTouchpoint).allSatisfy(b -> assertThat(b.suppressed()).isEmpty());

    for (String touchpoint : List.of("relationship", "onboarding")) {
      ScoreBucket.Nps nps = npsOf(byTouchpoint, touchpoint);
      JsonNode score = manager.get("/api/surveys/scores?type=NPS&audience=CUSTOMER&touchpoint=" + touchpoint)
          .body().path("score");
      assertThat(nps.total()).isEqualTo(score.path("n").asLong());
      assertThat(100.0 * (nps.promoters() - nps.detractors()) / nps.total())
          .isCloseTo(score.path("value").asDouble(), within(1e-9));
      assertSameScore(scores.nps(nps), score);
    }
    assertThat(npsOf(byTouchpoint, "relationship")).isEqualTo(new ScoreBucket.Nps(5, 3, 2, 10));

    List<ScoreBucket> bySegment = scores.buckets(ScoreQuery.of(tenantId, Audience.CUSTOMER, Bucket.MONTH)
        .byAttribute("segment"));
    JsonNode vip = manager.get("/api/surveys/scores?type=NPS&audience=CUSTOMER&attribute=segment&value=vip")
        .body().path("score");
    ScoreBucket.Nps vipCounts = bySegment.stream().filter(b -> "vip".equals(b.attributeValue())).findFirst()
        .orElseThrow().nps();
    assertThat(vipCounts).isEqualTo(new ScoreBucket.Nps(2, 1, 1, 4));
    assertThat(vipCounts.total()).isEqualTo(vip.path("n").asLong());
    assertThat(bySegment).filteredOn(b -> b.attributeValue() == null).singleElement()
        .satisfies(b -> assertThat(b.nps().total()).isEqualTo(16)); // the answers through the public links

    List<ScoreBucket> all = scores.buckets(ScoreQuery.of(tenantId, Audience.CUSTOMER, Bucket.DAY));
    JsonNode npsScore = manager.get("/api/surveys/scores?type=NPS&audience=CUSTOMER&bucket=day").body();
    assertThat(all.stream().mapToLong(b -> b.nps().total()).sum()).isEqualTo(npsScore.path("score").path("n")
        .asLong());
    assertThat(all).extracting(ScoreBucket::period).containsExactlyElementsOf(npsScore.path("points").valueStream()
        .map(p -> java.time.OffsetDateTime.parse(p.path("period").asString())).toList());

    JsonNode csat = manager.get("/api/surveys/scores?type=CSAT&audience=CUSTOMER").body().path("score");
    long satisfied = all.stream().mapToLong(b -> b.csat().satisfied()).sum();
    long answered = all.stream().mapToLong(b -> b.csat().total()).sum();
    assertThat(answered).isEqualTo(csat.path("n").asLong()).isEqualTo(6);
    assertThat(100.0 * satisfied / answered).isCloseTo(csat.path("value").asDouble(), within(1e-9));
    assertSameScore(scores.csat(new ScoreBucket.Csat(satisfied, answered)), csat);

    JsonNode ces = manager.get("/api/surveys/scores?type=CES&audience=CUSTOMER").body().path("score");
    ScoreBucket.Ces effortCounts = all.getFirst().ces();
    assertThat(effortCounts).isEqualTo(new ScoreBucket.Ces(22, 120, 3, 5));
    assertThat((double) effortCounts.sum() / effortCounts.total()).isCloseTo(ces.path("value").asDouble(),
        within(1e-9));
    assertSameScore(scores.ces(effortCounts), ces);
  }

  /** The score computed from counts is the score the endpoint shows: method, value, interval and n. */
  private static void assertSameScore(Score score, JsonNode shown) {
    assertThat(score.method()).isEqualTo(shown.path("method").asString());
    assertThat(score.n()).isEqualTo(shown.path("n").asLong());
    assertThat(score.suppressed()).isEqualTo(shown.path("suppressed").asBoolean());
    assertThat(score.value()).isCloseTo(shown.path("value").asDouble(), within(1e-9));
    assertThat(score.low()).isCloseTo(shown.path("low").asDouble(), within(1e-9));
    assertThat(score.high()).isCloseTo(shown.path("high").asDouble(), within(1e-9));
  }

  @Test
  void staffBucketsAreWithheldWhereTheResultsEndpointSuppressesThem() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String survey = admin.post("/api/surveys", Map.of("name", "Staff NPS", "audience", "STAFF")).text("id");
    Api.Response changed = admin.put("/api/surveys/" + survey, Map.of("name", "Staff NPS", "touchpoint", "internal",
        "publicLinkEnabled", false, "definition", Map.of("title", Map.of("en", "Would you recommend us?"),
            "questions", List.of(Map.of("id", "nps", "type", "NPS", "required", true,
                "text", Map.of("en", "Would you recommend us as an employer?"))))));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(admin.post("/api/surveys/" + survey + "/publish", null).status()).isEqualTo(200);
    for (int i = 0; i < 5; i++) {
      answerAsStaff(staffMember(tenant, "FRONTLINE"), survey, 9);
    }
    answerAsStaff(staffMember(tenant, "MANAGER"), survey, 2);

    TenantId tenantId = TenantId.of(tenant.tenantId());
    // per month: all six answers, as the scores endpoint counts them
    List<ScoreBucket> months = scores.buckets(ScoreQuery.of(tenantId, Audience.STAFF, Bucket.DAY));
    JsonNode score = admin.get("/api/surveys/scores?type=NPS&audience=STAFF").body().path("score");
    assertThat(months).hasSize(1);
    assertThat(months.getFirst().nps()).isEqualTo(new ScoreBucket.Nps(5, 0, 1, 6));
    assertThat(months.getFirst().nps().total()).isEqualTo(score.path("n").asLong());
    assertThat(months.getFirst().period().getDayOfMonth()).isEqualTo(1);

    // per level: the one manager would show, and five frontline answers are the six minus that one
    JsonNode byLevel = admin.get("/api/surveys/" + survey + "/results").body().path("byLevel");
    assertThat(byLevel.valueStream().map(r -> r.path("score").path("suppressed").asBoolean()))
        .containsOnly(true);
    List<ScoreBucket> levels = scores.buckets(ScoreQuery.of(tenantId, Audience.STAFF, Bucket.MONTH)
        .by(Dimension.LEVEL));
    assertThat(levels).extracting(ScoreBucket::level)
        .containsExactlyInAnyOrder(io.fokus.tenants.Level.FRONTLINE, io.fokus.tenants.Level.MANAGER);
    assertThat(levels).allSatisfy(b -> {
      assertThat(b.suppressed()).containsExactly(ScoreType.NPS);
      assertThat(b.nps()).isNull();
    });
  }

  private static String publish(Api manager, Map<String, Object> survey) {
    String id = manager.post("/api/surveys", survey).text("id");
    return manager.post("/api/surveys/" + id + "/publish", null).text("publicToken");
  }

  private void answer(String token, Map<String, Object> answers) {
    Api.Response response = api.post("/api/public/surveys/" + token + "/responses",
        Map.of("submissionId", UUID.randomUUID().toString(), "language", "en", "answers", answers));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  private void answerAsStaff(String token, String survey, int nps) {
    Api.Response response = api.as(token).post("/api/staff-surveys/" + survey + "/responses",
        Map.of("submissionId", UUID.randomUUID().toString(), "language", "en", "answers", Map.of("nps", nps)));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  private String staffMember(SignedUp tenant, String level) {
    String token = member(tenant, "STAFF");
    String memberId = api.as(token).get("/api/me").body().path("memberships").get(0).path("memberId").asString();
    Api.Response changed = api.as(tenant.adminToken()).put("/api/members/" + memberId, Map.of(
        "displayName", "Staff person", "roles", List.of("STAFF"), "level", level));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    return token;
  }

  private static ScoreBucket.Nps npsOf(List<ScoreBucket> buckets, String touchpoint) {
    return buckets.stream().filter(b -> touchpoint.equals(b.touchpoint()) && b.nps() != null).findFirst()
        .orElseThrow().nps();
  }
}

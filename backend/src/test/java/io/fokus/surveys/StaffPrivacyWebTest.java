package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Staff anonymity (DESIGN.md §5): no two allowed results subtract to fewer than five answers, whether they differ by
 * a filter or by a row of a breakdown, and staff answers keep no time finer than their month.
 */
class StaffPrivacyWebTest extends WebTestSupport {

  @LocalServerPort
  int serverPort;

  @Autowired
  DataSource dataSource;

  @Test
  void aLanguageFilterThatLeavesOneAnswerOutIsSuppressed() throws Exception {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String survey = staffSurvey(admin);
    for (int i = 0; i < 5; i++) {
      answer(staffMember(tenant, null, "FRONTLINE"), survey, "en", 4, "Idea " + i);
    }
    answer(staffMember(tenant, null, "FRONTLINE"), survey, "de", 1, "Mehr Zeit");

    JsonNode everyone = admin.get("/api/surveys/" + survey + "/results").body();
    assertThat(everyone.path("responses").asInt()).isEqualTo(6);
    assertThat(headline(everyone).path("suppressed").asBoolean()).isFalse();

    // everyone (n=6) minus English (n=5) would be the German answer: English is not shown, nor anything of it
    JsonNode english = admin.get("/api/surveys/" + survey + "/results?language=en").body();
    assertThat(headline(english).path("suppressed").asBoolean()).isTrue();
    assertThat(absent(headline(english).path("value"))).isTrue();
    // not even how many answered: in a small group that says who took part
    assertThat(absent(english.path("responses"))).isTrue();
    assertThat(absent(headline(english).path("n"))).isTrue();
    assertThat(absent(english.path("distributions").get(0).path("answered"))).isTrue();
    assertThat(english.path("distributions").get(0).path("suppressed").asBoolean()).isTrue();
    assertThat(english.path("distributions").get(0).path("counts").size()).isZero();
    assertThat(english.path("byLevel").get(0).path("score").path("suppressed").asBoolean()).isTrue();
    assertThat(admin.get("/api/surveys/" + survey + "/comments?language=en").body().path("total").asInt()).isZero();
    assertThat(admin.get("/api/surveys/" + survey + "/results/series?language=en").body().get(0).path("points")
        .get(0).path("score").path("suppressed").asBoolean()).isTrue();
    assertThat(headline(admin.get("/api/surveys/" + survey + "/results?language=de").body()).path("suppressed")
        .asBoolean()).isTrue();
    assertThat(export(tenant.adminToken(), survey, "?language=en").statusCode()).isEqualTo(422);

    // the comments of everyone are shown, but none says which language it was written in
    JsonNode comments = admin.get("/api/surveys/" + survey + "/comments").body();
    assertThat(comments.path("total").asInt()).isEqualTo(6);
    for (JsonNode comment : comments.path("items").values()) {
      assertThat(absent(comment.path("language"))).as(comment.toString()).isTrue();
    }

    // raw rows carry no unit, level or language: on one row each would point to a person
    HttpResponse<String> csv = export(tenant.adminToken(), survey, "");
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.getFirst()).startsWith("response_id,submitted_at,version,share,");
    assertThat(lines.getFirst()).doesNotContain("language").doesNotContain("unit_id").doesNotContain("level");
  }

  @Test
  void aUnitWhoseComplementIsOnePersonIsSuppressedInTheBreakdownAndAsAFilter() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String sales = admin.post("/api/units", Map.of("name", "Sales", "kind", "TEAM")).text("id");
    String legal = admin.post("/api/units", Map.of("name", "Legal", "kind", "TEAM")).text("id");
    String survey = staffSurvey(admin);
    for (int i = 0; i < 6; i++) {
      answer(staffMember(tenant, sales, "FRONTLINE"), survey, "en", 4, null);
    }
    answer(staffMember(tenant, legal, "FRONTLINE"), survey, "en", 1, null);

    JsonNode everyone = admin.get("/api/surveys/" + survey + "/results").body();
    assertThat(headline(everyone).path("suppressed").asBoolean()).isFalse();
    // Sales alone (6 of 7) would give Legal's one answer away by subtraction
    JsonNode byUnit = everyone.path("byUnit");
    assertThat(byUnit.size()).isEqualTo(2);
    for (JsonNode unit : byUnit.values()) {
      assertThat(unit.path("score").path("suppressed").asBoolean()).as(unit.toString()).isTrue();
      assertThat(absent(unit.path("score").path("value"))).isTrue();
    }
    JsonNode salesOnly = admin.get("/api/surveys/" + survey + "/results?unitId=" + sales).body();
    assertThat(absent(salesOnly.path("responses"))).isTrue();
    assertThat(headline(salesOnly).path("suppressed").asBoolean()).isTrue();
    assertThat(admin.get("/api/surveys/" + survey + "/comments?unitId=" + sales).body().path("total").asInt())
        .isZero();
  }

  @Test
  void levelsAreSuppressedTogetherWhenTheHiddenOnesWouldFollowFromTheTotal() throws SQLException {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String survey = staffSurvey(admin);
    List<String> acknowledged = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      acknowledged.add(answer(staffMember(tenant, null, "FRONTLINE"), survey, "en", 4, null));
    }
    for (int i = 0; i < 4; i++) {
      acknowledged.add(answer(staffMember(tenant, null, "MANAGER"), survey, "en", 2, null));
    }

    JsonNode everyone = admin.get("/api/surveys/" + survey + "/results").body();
    assertThat(headline(everyone).path("suppressed").asBoolean()).isFalse();
    // four managers are too few; frontline (6 of 10) would give them away as the total minus frontline
    JsonNode byLevel = everyone.path("byLevel");
    assertThat(byLevel.size()).isEqualTo(2);
    for (JsonNode level : byLevel.values()) {
      assertThat(level.path("score").path("suppressed").asBoolean()).as(level.toString()).isTrue();
    }
    assertThat(headline(admin.get("/api/surveys/" + survey + "/results?level=FRONTLINE").body())
        .path("suppressed").asBoolean()).isTrue();
    assertThat(headline(admin.get("/api/surveys/" + survey + "/results?level=MANAGER").body())
        .path("suppressed").asBoolean()).isTrue();

    // the series is by month whatever bucket is asked for, and its one month holds everyone
    JsonNode series = admin.get("/api/surveys/" + survey + "/results/series?bucket=day&tz=America/New_York")
        .body().get(0);
    assertThat(series.path("bucket").asString()).isEqualTo("month");
    assertThat(series.path("points").size()).isEqualTo(1);
    assertThat(series.path("points").get(0).path("score").path("n").asInt()).isEqualTo(10);
    assertThat(series.path("points").get(0).path("score").path("suppressed").asBoolean()).isFalse();

    // a period filter in any time zone takes whole months
    OffsetDateTime month = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
    String day = month.toLocalDate().toString();
    assertThat(admin.get("/api/surveys/" + survey + "/results?from=" + day + "&to=" + day + "&tz=America/New_York")
        .body().path("responses").asInt()).isEqualTo(10);

    // nothing finer than the month is stored, neither with the answers nor with who took part
    for (String submittedAt : acknowledged) {
      assertThat(OffsetDateTime.parse(submittedAt).toInstant()).isEqualTo(month.toInstant());
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      setTenant(c, tenant.tenantId());
      assertThat(times(c, "select submitted_at from surveys.response where survey_id = '" + survey + "'"))
          .hasSize(10).allMatch(t -> t.toInstant().equals(month.toInstant()));
      assertThat(times(c, "select answered_at from surveys.staff_participation where survey_id = '" + survey + "'"))
          .hasSize(10).allMatch(t -> t.toInstant().equals(month.toInstant()));
      // and the database refuses a finer time
      assertThatThrownBy(() -> c.createStatement().executeUpdate("update surveys.response set submitted_at = "
          + "submitted_at + interval '3 hours' where survey_id = '" + survey + "'"))
          .hasMessageContaining("response_staff_period_ck");
      c.rollback();
      setTenant(c, tenant.tenantId());
      assertThatThrownBy(() -> c.createStatement().executeUpdate("update surveys.staff_participation set "
          + "answered_at = answered_at + interval '1 day' where survey_id = '" + survey + "'"))
          .hasMessageContaining("staff_participation_period_ck");
      c.rollback();
    }
  }

  @Test
  void periodsThatDifferByOneSmallMonthAreSuppressed() throws SQLException {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String survey = staffSurvey(admin);
    for (int i = 0; i < 13; i++) {
      answer(staffMember(tenant, null, "FRONTLINE"), survey, "en", 3, null);
    }
    // one answer two months ago, six last month, six this month
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      setTenant(c, tenant.tenantId());
      move(c, survey, 1, 2);
      move(c, survey, 6, 1);
      c.commit();
    }
    OffsetDateTime month = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
    String lastMonth = month.minusMonths(1).toLocalDate().toString();
    String twoMonthsAgo = month.minusMonths(2).toLocalDate().toString();

    // last month alone (6, with 7 outside) and the two months before (7, with 6 outside) pass the complement rule,
    // but subtract to the one answer of two months ago
    JsonNode last = admin.get("/api/surveys/" + survey + "/results?from=" + lastMonth + "&to=" + lastMonth).body();
    assertThat(absent(last.path("responses"))).isTrue();
    assertThat(headline(last).path("suppressed").asBoolean()).isTrue();
    JsonNode both = admin.get("/api/surveys/" + survey + "/results?from=" + twoMonthsAgo + "&to=" + lastMonth).body();
    assertThat(absent(both.path("responses"))).isTrue();
    assertThat(headline(both).path("suppressed").asBoolean()).isTrue();
    assertThat(headline(admin.get("/api/surveys/" + survey + "/results").body()).path("suppressed").asBoolean())
        .isFalse();

    // the series hides the small month and one more, so that the total minus the shown month is seven answers
    JsonNode points = admin.get("/api/surveys/" + survey + "/results/series").body().get(0).path("points");
    assertThat(points.size()).isEqualTo(3);
    long shown = 0;
    for (JsonNode point : points.values()) {
      shown += point.path("score").path("suppressed").asBoolean() ? 0 : 1;
    }
    assertThat(shown).isEqualTo(1);
  }

  /** Moves {@code count} of the survey's answers that are in the current month back by {@code months}. */
  private static void move(Connection c, String survey, int count, int months) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("update surveys.response set submitted_at = date_trunc('month',"
        + " (submitted_at at time zone 'UTC') - make_interval(months => ?)) at time zone 'UTC' where id in (select id"
        + " from surveys.response where survey_id = ?::uuid and submitted_at = date_trunc('month', now(), 'UTC')"
        + " order by id limit ?)")) {
      s.setInt(1, months);
      s.setString(2, survey);
      s.setInt(3, count);
      assertThat(s.executeUpdate()).isEqualTo(count);
    }
  }

  @Test
  void tenantScoresOfStaffAnswersFollowTheSameRuleByMonth() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    JsonNode created = admin.post("/api/surveys", Map.of("name", "Staff NPS", "audience", "STAFF",
        "touchpoint", "internal")).body();
    String survey = created.path("id").asString();
    Map<String, Object> change = new java.util.HashMap<>();
    change.put("name", "Staff NPS");
    change.put("touchpoint", "internal");
    change.put("publicLinkEnabled", false);
    change.put("definition", Map.of("title", Map.of("en", "Staff NPS"), "questions", List.of(Map.of("id", "nps",
        "type", "NPS", "text", Map.of("en", "Would you recommend working here?"), "required", true))));
    Api.Response saved = admin.put("/api/surveys/" + survey, change);
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(admin.post("/api/surveys/" + survey + "/publish", null).status()).isEqualTo(200);
    for (int i = 0; i < 6; i++) {
      Api.Response answered = api.as(staffMember(tenant, null, "FRONTLINE")).post("/api/staff-surveys/" + survey
          + "/responses", Map.of("submissionId", UUID.randomUUID().toString(), "language", i == 0 ? "de" : "en",
          "answers", Map.of("nps", i == 0 ? 0 : 10)));
      assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
    }

    JsonNode all = admin.get("/api/surveys/scores?type=NPS&audience=STAFF&bucket=day").body();
    assertThat(all.path("score").path("suppressed").asBoolean()).isFalse();
    assertThat(all.path("bucket").asString()).isEqualTo("month");
    assertThat(all.path("points").size()).isEqualTo(1);
    JsonNode english = admin.get("/api/surveys/scores?type=NPS&audience=STAFF&language=en").body();
    assertThat(absent(english.path("score").path("n"))).isTrue();
    assertThat(english.path("score").path("suppressed").asBoolean()).isTrue();
    assertThat(english.path("points").get(0).path("score").path("suppressed").asBoolean()).isTrue();
  }

  private static String staffSurvey(Api admin) {
    String id = admin.post("/api/surveys", Map.of("name", "Self", "template", "STAFF_SELF_ASSESSMENT")).text("id");
    assertThat(admin.post("/api/surveys/" + id + "/publish", null).status()).isEqualTo(200);
    return id;
  }

  /** A STAFF member in the unit (or none) at the level; returns a token of that person's login. */
  private String staffMember(SignedUp tenant, String unitId, String level) {
    String token = member(tenant, "STAFF");
    String memberId = api.as(token).get("/api/me").body().path("memberships").get(0).path("memberId").asString();
    Map<String, Object> change = new java.util.HashMap<>(Map.of("displayName", "Staff person",
        "roles", List.of("STAFF"), "level", level));
    change.put("unitId", unitId);
    Api.Response changed = api.as(tenant.adminToken()).put("/api/members/" + memberId, change);
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    return token;
  }

  /** Answers the self-assessment with one score for every item; returns the acknowledged submission time. */
  private String answer(String token, String survey, String language, int score, String idea) {
    Map<String, Object> answers = new java.util.HashMap<>(Map.of("share", score, "promises", score, "act", score,
        "impact", score, "complaints", score));
    if (idea != null) {
      answers.put("idea", idea);
    }
    Api.Response response = api.as(token).post("/api/staff-surveys/" + survey + "/responses", Map.of(
        "submissionId", UUID.randomUUID().toString(), "language", language, "answers", answers));
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.text("submittedAt");
  }

  private static boolean absent(JsonNode value) {
    return value.isNull() || value.isMissingNode();
  }

  private static JsonNode headline(JsonNode results) {
    return results.path("scores").get(0).path("score");
  }

  private HttpResponse<String> export(String token, String survey, String query) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serverPort
            + "/api/surveys/" + survey + "/export.csv" + query))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void setTenant(Connection c, String tenant) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      s.setString(1, tenant);
      s.execute();
    }
  }

  private static List<OffsetDateTime> times(Connection c, String sql) throws SQLException {
    List<OffsetDateTime> times = new ArrayList<>();
    try (ResultSet rs = c.createStatement().executeQuery(sql)) {
      while (rs.next()) {
        times.add(rs.getObject(1, OffsetDateTime.class));
      }
    }
    return times;
  }
}

package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

class AnsweringWebTest extends WebTestSupport {

  @Autowired
  JdbcTemplate jdbc;

  /** A published NPS survey of a new tenant: its manager client and the survey. */
  record Published(Api manager, JsonNode survey) {
    String id() {
      return survey.path("id").asString();
    }

    String token() {
      return survey.path("publicToken").asString();
    }
  }

  Published publishedNps() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    return new Published(manager, manager.post("/api/surveys/" + id + "/publish", null).body());
  }

  static Map<String, Object> submission(UUID submissionId, Map<String, Object> answers) {
    return Map.of("submissionId", submissionId.toString(), "language", "de", "answers", answers);
  }

  @Test
  void aCustomerAnswersThroughThePublicLinkOnceEvenWhenRetrying() {
    Published survey = publishedNps();

    Api.Response form = api.get("/api/public/surveys/" + survey.token() + "?lang=de");
    assertThat(form.status()).isEqualTo(200);
    assertThat(form.text("language")).isEqualTo("de");
    assertThat(form.body().path("questions").get(0).path("text").asString()).contains("empfehlen");
    assertThat(form.body().path("questions").get(0).path("max").asInt()).isEqualTo(10);

    UUID submissionId = UUID.randomUUID();
    Api.Response first = api.post("/api/public/surveys/" + survey.token() + "/responses",
        submission(submissionId, Map.of("nps", 3, "improve", "Faster delivery")));
    Api.Response retry = api.post("/api/public/surveys/" + survey.token() + "/responses",
        submission(submissionId, Map.of("nps", 3, "improve", "Faster delivery")));

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.text("responseId")).isEqualTo(first.text("responseId"));
    assertThat(survey.manager().get("/api/surveys/" + survey.id()).body().path("responses").asInt()).isEqualTo(1);
  }

  @Test
  void badSubmissionsAreRejectedNamingTheQuestionsAndStoreNothing() {
    Published survey = publishedNps();
    String url = "/api/public/surveys/" + survey.token() + "/responses";

    Api.Response outOfRange = api.post(url, submission(UUID.randomUUID(), Map.of("nps", 11)));
    assertThat(outOfRange.status()).isEqualTo(400);
    assertThat(outOfRange.fieldError("answers.nps")).isNotNull();
    Api.Response hidden = api.post(url, submission(UUID.randomUUID(), Map.of("nps", 10, "improve", "x")));
    assertThat(hidden.fieldError("answers.improve")).isNotNull();
    assertThat(api.post(url, submission(UUID.randomUUID(), Map.of("nope", 1))).fieldError("answers.nope"))
        .isNotNull();
    assertThat(api.post(url, submission(UUID.randomUUID(), Map.of())).fieldError("answers.nps"))
        .isEqualTo("is required");
    assertThat(api.post(url, Map.of("language", "de", "answers", Map.of("nps", 5))).fieldError("submissionId"))
        .isNotNull();
    assertThat(api.post(url, Map.of("submissionId", "x", "language", "de", "answers", Map.of())).status())
        .isEqualTo(400);
    assertThat(api.postRaw(url, "[1, 2, 3]").status()).isEqualTo(400);
    Api.Response oversize = api.postRaw(url, "{\"answers\": {\"reason\": \"" + "x".repeat(70_000) + "\"}}");
    assertThat(oversize.status()).isEqualTo(413);
    assertThat(oversize.isProblem()).isTrue();

    assertThat(survey.manager().get("/api/surveys/" + survey.id()).body().path("responses").asInt()).isZero();
  }

  @Test
  void unknownForeignAndMalformedTokensAreNotFound() {
    Published survey = publishedNps();
    String foreignTenantToken = publishedNps().token().substring(0, 22) + survey.token().substring(22);
    for (String token : List.of("abc", "x".repeat(54), foreignTenantToken, survey.token().substring(0, 53) + "A")) {
      assertThat(api.get("/api/public/surveys/" + token).status()).as(token).isEqualTo(404);
      assertThat(api.post("/api/public/surveys/" + token + "/responses",
          submission(UUID.randomUUID(), Map.of("nps", 5))).status()).isEqualTo(404);
    }
  }

  @Test
  void aClosedSurveyOrAFullQuotaAnswersGone() {
    Published survey = publishedNps();
    Map<String, Object> change = new HashMap<>(SurveyDesignWebTest.change(survey.survey(),
        survey.survey().path("draft")));
    change.put("responseQuota", 1);
    survey.manager().put("/api/surveys/" + survey.id(), change);
    survey.manager().post("/api/surveys/" + survey.id() + "/publish", null);
    String url = "/api/public/surveys/" + survey.token() + "/responses";

    assertThat(api.post(url, submission(UUID.randomUUID(), Map.of("nps", 9))).status()).isEqualTo(201);
    Api.Response full = api.post(url, submission(UUID.randomUUID(), Map.of("nps", 9)));
    assertThat(full.status()).isEqualTo(410);
    assertThat(full.isProblem()).isTrue();

    survey.manager().post("/api/surveys/" + survey.id() + "/close", null);
    assertThat(api.get("/api/public/surveys/" + survey.token()).status()).isEqualTo(410);
  }

  @Test
  void personalInvitationsAreSingleUseAndRespectTheQuietPeriod() {
    Published survey = publishedNps();
    Api.Response report = survey.manager().post("/api/surveys/" + survey.id() + "/invitations", Map.of("invitees",
        List.of(Map.of("email", "Kim@Customer.test", "name", "Kim", "language", "de",
                "attributes", Map.of("segment", "enterprise", "region", "south")),
            Map.of("email", "lee@customer.test"))));
    assertThat(report.status()).isEqualTo(200);
    assertThat(report.body().path("invited").size()).isEqualTo(2);
    String token = report.body().path("invited").get(0).path("token").asString();

    Api.Response form = api.get("/api/public/surveys/" + token);
    assertThat(form.text("language")).isEqualTo("de");
    assertThat(form.text("customerName")).isEqualTo("Kim");
    assertThat(api.post("/api/public/surveys/" + token + "/responses",
        submission(UUID.randomUUID(), Map.of("nps", 10))).status()).isEqualTo(201);
    Api.Response again = api.post("/api/public/surveys/" + token + "/responses",
        submission(UUID.randomUUID(), Map.of("nps", 1, "improve", "x")));
    assertThat(again.status()).isEqualTo(409);

    // within the quiet period nobody is invited again, across surveys
    String other = survey.manager().post("/api/surveys", Map.of("name", "CES", "template", "CES")).text("id");
    survey.manager().post("/api/surveys/" + other + "/publish", null);
    Api.Response quiet = survey.manager().post("/api/surveys/" + other + "/invitations",
        Map.of("invitees", List.of(Map.of("email", "kim@customer.test"))));
    assertThat(quiet.body().path("invited").size()).isZero();
    assertThat(quiet.body().path("skipped").get(0).path("reason").asString()).isEqualTo("QUIET_PERIOD");

    survey.manager().put("/api/survey-settings", Map.of("quietPeriodDays", 0));
    assertThat(survey.manager().post("/api/surveys/" + other + "/invitations",
        Map.of("invitees", List.of(Map.of("email", "kim@customer.test")))).body().path("invited").size())
        .isEqualTo(1);

    Api.Response results = survey.manager().get("/api/surveys/" + survey.id() + "/results");
    assertThat(results.body().path("responseRate").path("invited").asInt()).isEqualTo(2);
    assertThat(results.body().path("responseRate").path("answered").asInt()).isEqualTo(1);
    Api.Response list = survey.manager().get("/api/surveys/" + survey.id() + "/invitations?status=PENDING");
    assertThat(list.body().path("total").asInt()).isEqualTo(1);
    assertThat(list.body().path("items").get(0).path("email").asString()).isEqualTo("lee@customer.test");
  }

  @Test
  void anImportWithABadRowImportsNothing() {
    Published survey = publishedNps();
    Api.Response rejected = survey.manager().post("/api/surveys/" + survey.id() + "/invitations", Map.of("invitees",
        List.of(Map.of("email", "ok@customer.test"), Map.of("email", "not-an-email"),
            Map.of("email", "ok@customer.test"), Map.of("email", "x@y.test", "language", "fr"))));
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.body().path("rejectedRows").size()).isEqualTo(3);
    assertThat(survey.manager().get("/api/surveys/" + survey.id() + "/invitations").body().path("total").asInt())
        .isZero();

    String draft = survey.manager().post("/api/surveys", Map.of("name", "Draft", "template", "NPS")).text("id");
    assertThat(survey.manager().post("/api/surveys/" + draft + "/invitations",
        Map.of("invitees", List.of(Map.of("email", "a@b.test")))).status()).isEqualTo(409);
  }
}

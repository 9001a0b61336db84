package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The closed loop over HTTP: a resolved complaint's follow-up CSAT is sent (delay 0), answered through the public
 * answering endpoint and shown on the complaint, once per complaint and never to an opted-out customer; a detractor
 * answer opens a recovery case, a second one is added to it, and closing it needs a root cause.
 */
class ClosedLoopWebTest extends WebTestSupport {

  @Autowired
  ComplaintsApi complaintsApi;
  @Autowired
  Tenancy tenancy;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aResolvedComplaintsFollowUpIsAnsweredAndShownOnIt() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    JsonNode defaults = admin.get("/api/complaints/settings").body();
    assertThat(defaults.path("followUpEnabled").asBoolean()).isTrue();
    assertThat(defaults.path("followUpDelayMinutes").asInt()).isEqualTo(1440);
    assertThat(absent(defaults.path("followUpSurveyId"))).isTrue();
    assertThat(admin.put("/api/complaints/settings", Map.of("followUpEnabled", true, "followUpDelayMinutes", 43201))
        .fieldError("followUpDelayMinutes")).isNotBlank();
    assertThat(admin.put("/api/complaints/settings", Map.of("followUpEnabled", true, "followUpDelayMinutes", 0,
        "followUpSurveyId", UUID.randomUUID())).fieldError("followUpSurveyId")).isNotBlank();
    assertThat(api.as(member(tenant, "STAFF")).put("/api/complaints/settings", Map.of("followUpEnabled", false,
        "followUpDelayMinutes", 0)).status()).isEqualTo(403);
    assertThat(admin.put("/api/complaints/settings", Map.of("followUpEnabled", true, "followUpDelayMinutes", 0))
        .status()).isEqualTo(200);

    String unit = admin.post("/api/units", Map.of("name", "Service", "kind", "TEAM")).text("id");
    admin.post("/api/complaints", Map.of("channel", "PHONE", "email", "anna@customer.test", "name", "Anna",
        "description", "The parcel arrived broken."));
    String id = admin.get("/api/complaints").body().path("items").get(0).path("id").asString();
    admin.put("/api/complaints/" + id + "/assignment", Map.of("unitId", unit));
    JsonNode resolved = admin.post("/api/complaints/" + id + "/status", Map.of("status", "RESOLVED")).body();
    assertThat(resolved.path("complaint").path("status").asString()).isEqualTo("RESOLVED");

    JsonNode sent = await(admin, id, d -> d.path("followUp").path("state").asString().equals("SENT"));
    String link = sent.path("followUp").path("link").asString();
    assertThat(link).contains("/s/");
    String token = link.substring(link.indexOf("/s/") + 3);
    JsonNode form = api.get("/api/public/surveys/" + token).body();
    assertThat(form.path("questions").get(0).path("type").asString()).isEqualTo("CSAT");

    Api.Response submitted = api.post("/api/public/surveys/" + token + "/responses", Map.of(
        "submissionId", UUID.randomUUID().toString(), "language", "en",
        "answers", Map.of("csat", 5, "comment", "Quick and kind")));
    assertThat(submitted.status()).isEqualTo(201);
    JsonNode answered = await(admin, id, d -> d.path("followUp").path("state").asString().equals("ANSWERED"));
    assertThat(answered.path("followUp").path("csat").asInt()).isEqualTo(5);
    assertThat(answered.path("followUp").path("responseId").asString()).isEqualTo(submitted.text("responseId"));
    assertThat(answered.path("followUp").path("comments").get(0).asString()).isEqualTo("Quick and kind");
    assertThat(admin.get("/api/complaints").body().path("total").asInt()).as("no recovery case").isEqualTo(1);

    // reopened and resolved again: not surveyed twice
    admin.post("/api/complaints/" + id + "/status", Map.of("status", "OPEN"));
    long completed = completedPublications();
    admin.post("/api/complaints/" + id + "/status", Map.of("status", "RESOLVED"));
    Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> completedPublications() > completed);
    JsonNode again = admin.get("/api/complaints/" + id).body();
    assertThat(again.path("followUp")).isEqualTo(answered.path("followUp"));

    // reporting groups the follow-up CSAT by the complaint's unit
    TenantId tenantId = new TenantId(UUID.fromString(tenant.tenantId()));
    List<FollowUpCsat> byUnit = tenancy.runAs(tenantId, () -> complaintsApi.followUpCsat(FollowUpCsat.Grouping.UNIT,
        Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1))));
    assertThat(byUnit).containsExactly(new FollowUpCsat(UUID.fromString(unit), 1, 1));

    // another tenant has its own settings and sees nothing of this complaint
    Api stranger = api.as(signUp().adminToken());
    assertThat(stranger.get("/api/complaints/settings").body().path("followUpDelayMinutes").asInt()).isEqualTo(1440);
    assertThat(stranger.get("/api/complaints/" + id).status()).isEqualTo(404);
  }

  @Test
  void anOptedOutCustomerGetsNoFollowUp() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    admin.put("/api/complaints/settings", Map.of("followUpEnabled", true, "followUpDelayMinutes", 0));
    admin.post("/api/complaints", Map.of("channel", "EMAIL", "email", "otto@customer.test", "description", "Rude."));
    JsonNode complaint = admin.get("/api/complaints").body().path("items").get(0);
    String id = complaint.path("id").asString();
    assertThat(admin.put("/api/customers/" + complaint.path("customerId").asString(), Map.of("language", "en",
        "attributes", Map.of(), "optedOut", true)).status()).isEqualTo(200);

    admin.post("/api/complaints/" + id + "/status", Map.of("status", "RESOLVED"));
    JsonNode notSent = await(admin, id, d -> d.path("followUp").path("state").asString().equals("NOT_SENT"));
    assertThat(notSent.path("followUp").path("notSentReason").asString()).isEqualTo("OPTED_OUT");
    assertThat(absent(notSent.path("followUp").path("link"))).isTrue();
  }

  @Test
  void aDetractorOpensARecoveryCaseThatClosesWithARootCause() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    admin.put("/api/customers/settings", Map.of("quietPeriodDays", 0)); // two surveys in a row for the same customer

    String nps = publishedSurvey(admin, "NPS");
    String npsToken = invite(admin, nps, "cleo@customer.test");
    assertThat(api.post("/api/public/surveys/" + npsToken + "/responses", Map.of("submissionId",
        UUID.randomUUID().toString(), "language", "en", "answers", Map.of("nps", 3, "improve", "Call me back")))
        .status()).isEqualTo(201);
    Awaitility.await().atMost(Duration.ofSeconds(30))
        .until(() -> admin.get("/api/complaints").body().path("total").asInt() == 1);
    String id = admin.get("/api/complaints").body().path("items").get(0).path("id").asString();
    JsonNode opened = admin.get("/api/complaints/" + id).body();
    assertThat(opened.path("complaint").path("kind").asString()).isEqualTo("RECOVERY");
    assertThat(opened.path("complaint").path("channel").asString()).isEqualTo("SURVEY");
    assertThat(opened.path("complaint").path("subject").asString()).contains("NPS 3 of 10");
    assertThat(opened.path("complaint").path("description").asString()).contains("Call me back");
    assertThat(opened.path("recoveryAnswers").size()).isEqualTo(1);
    assertThat(opened.path("recoveryAnswers").get(0).path("score").asInt()).isEqualTo(3);

    // a second detractor answer of the same customer joins the open case
    String csat = publishedSurvey(admin, "CSAT_SUPPORT");
    String csatToken = invite(admin, csat, "cleo@customer.test");
    api.post("/api/public/surveys/" + csatToken + "/responses", Map.of("submissionId", UUID.randomUUID().toString(),
        "language", "en", "answers", Map.of("csat", 1, "resolved", "no", "comment", "Still waiting")));
    JsonNode added = await(admin, id, d -> d.path("recoveryAnswers").size() == 2);
    assertThat(added.path("recoveryAnswers").get(1).path("scoreType").asString()).isEqualTo("CSAT");
    assertThat(added.path("messages").get(0).path("type").asString()).isEqualTo("CUSTOMER_MESSAGE");
    assertThat(added.path("messages").get(0).path("body").asString()).contains("CSAT 1 of 5").contains("Still waiting");
    assertThat(admin.get("/api/complaints").body().path("total").asInt()).isEqualTo(1);

    // closing needs a root cause of the tenant's list and whether the issue was resolved
    Api.Response plain = admin.post("/api/complaints/" + id + "/status", Map.of("status", "CLOSED"));
    assertThat(plain.status()).isEqualTo(422);
    assertThat(plain.isProblem()).isTrue();
    assertThat(plain.fieldError("rootCauseId")).contains("root cause");
    Api.Response created = admin.post("/api/complaints/root-causes", Map.of("nameEn", "Late delivery",
        "nameDe", "Verspätete Lieferung", "active", true, "position", 0));
    assertThat(created.status()).isEqualTo(201);
    String rootCause = created.text("id");
    assertThat(admin.get("/api/complaints/root-causes").body().get(0).path("nameDe").asString())
        .isEqualTo("Verspätete Lieferung");
    assertThat(admin.post("/api/complaints/" + id + "/status", Map.of("status", "CLOSED", "rootCauseId", rootCause))
        .status()).isEqualTo(422);
    assertThat(admin.post("/api/complaints/" + id + "/status", Map.of("status", "CLOSED",
        "rootCauseId", UUID.randomUUID(), "issueResolved", true)).fieldError("rootCauseId")).isNotBlank();
    assertThat(admin.post("/api/complaints/" + id + "/status", Map.of("status", "OPEN", "rootCauseId", rootCause))
        .status()).isEqualTo(400);

    JsonNode closed = admin.post("/api/complaints/" + id + "/status", Map.of("status", "CLOSED",
        "rootCauseId", rootCause, "issueResolved", true)).body();
    assertThat(closed.path("complaint").path("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.path("closure").path("rootCauseId").asString()).isEqualTo(rootCause);
    assertThat(closed.path("closure").path("issueResolved").asBoolean()).isTrue();

    Api stranger = api.as(signUp().adminToken());
    assertThat(stranger.get("/api/complaints/root-causes").body().size()).isZero();
    assertThat(stranger.put("/api/complaints/root-causes/" + rootCause, Map.of("nameEn", "X", "nameDe", "X",
        "active", true, "position", 0)).status()).isEqualTo(404);
  }

  private String publishedSurvey(Api admin, String template) {
    String id = admin.post("/api/surveys", Map.of("name", template, "template", template)).text("id");
    admin.post("/api/surveys/" + id + "/publish", null);
    return id;
  }

  private String invite(Api admin, String survey, String email) {
    JsonNode invited = admin.post("/api/surveys/" + survey + "/invitations", Map.of("invitees",
        List.of(Map.of("email", email)))).body().path("invited");
    assertThat(invited.size()).as("invited " + email).isEqualTo(1);
    return invited.get(0).path("token").asString();
  }

  private JsonNode await(Api admin, String complaint, Predicate<JsonNode> until) {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> admin.get("/api/complaints/" + complaint).body(), until::test);
  }

  /** Null values are left out of responses. */
  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private long completedPublications() {
    return jdbc.queryForObject("select count(*) from event_publication where completion_date is not null",
        Long.class);
  }
}

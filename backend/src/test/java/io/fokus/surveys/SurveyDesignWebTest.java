package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SurveyDesignWebTest extends WebTestSupport {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static Map<String, Object> change(JsonNode survey, Object definition) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", survey.path("name").asString());
    body.put("touchpoint", survey.path("touchpoint").asString());
    body.put("definition", definition);
    body.put("publicLinkEnabled", true);
    return body;
  }

  @Test
  void aManagerCreatesFromATemplateEditsAndPublishesVersions() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));

    assertThat(manager.get("/api/surveys/templates").body().size()).isEqualTo(4);
    Api.Response created = manager.post("/api/surveys", Map.of("name", "Q4 NPS", "template", "NPS"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("status")).isEqualTo("DRAFT");
    assertThat(created.text("audience")).isEqualTo("CUSTOMER");
    assertThat(created.body().path("draft").path("questions").size()).isEqualTo(3);
    String id = created.text("id");

    Api.Response published = manager.post("/api/surveys/" + id + "/publish", null);
    assertThat(published.text("status")).isEqualTo("PUBLISHED");
    assertThat(published.body().path("publishedVersion").asInt()).isEqualTo(1);
    assertThat(published.body().path("draftChanged").asBoolean()).isFalse();

    // editing a published survey changes the draft only; publishing again makes version 2
    JsonNode definition = published.body().path("draft");
    Map<String, Object> edited = JSON.convertValue(definition, Map.class);
    edited.put("title", Map.of("en", "Would you recommend us?", "de", "Würden Sie uns empfehlen?"));
    Api.Response saved = manager.put("/api/surveys/" + id, change(published.body(), edited));
    assertThat(saved.status()).isEqualTo(200);
    assertThat(saved.body().path("draftChanged").asBoolean()).isTrue();
    assertThat(saved.body().path("publishedVersion").asInt()).isEqualTo(1);
    assertThat(manager.post("/api/surveys/" + id + "/publish", null).body().path("publishedVersion").asInt())
        .isEqualTo(2);

    assertThat(manager.post("/api/surveys/" + id + "/close", null).text("status")).isEqualTo("CLOSED");
    assertThat(manager.post("/api/surveys/" + id + "/close", null).status()).isEqualTo(409);
    assertThat(manager.delete("/api/surveys/" + id).status()).isEqualTo(409);
    assertThat(manager.post("/api/surveys/" + id + "/archive", null).text("status")).isEqualTo("ARCHIVED");
    assertThat(manager.get("/api/surveys").body().path("total").asInt()).isZero();
    assertThat(manager.get("/api/surveys?status=ARCHIVED").body().path("total").asInt()).isEqualTo(1);
  }

  @Test
  void rejectsInvalidDefinitionsNamingTheField() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    Api.Response created = admin.post("/api/surveys", Map.of("name", "Scratch", "audience", "CUSTOMER"));
    String id = created.text("id");
    assertThat(created.body().path("draft").path("questions").size()).isZero();

    assertThat(admin.post("/api/surveys/" + id + "/publish", null).fieldError("definition.questions")).isNotNull();

    Map<String, Object> definition = Map.of("title", Map.of("en", "T"), "questions", List.of(
        Map.of("id", "q1", "type", "SINGLE_CHOICE", "text", Map.of("en", "Pick"), "required", true,
            "options", List.of(Map.of("id", "a", "text", Map.of("en", "A"))))));
    Api.Response invalid = admin.put("/api/surveys/" + id, change(created.body(), definition));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.fieldError("definition.questions[0].options")).contains("two options");

    Map<String, Object> badType = Map.of("title", Map.of("en", "T"), "questions", List.of(
        Map.of("id", "q1", "type", "SLIDER", "text", Map.of("en", "?"))));
    assertThat(admin.put("/api/surveys/" + id, change(created.body(), badType)).status()).isEqualTo(400);

    assertThat(admin.post("/api/surveys", Map.of("name", "No audience")).fieldError("audience")).isNotNull();
    assertThat(admin.post("/api/surveys", Map.of("name", "X", "template", "NOPE")).status()).isEqualTo(400);
    assertThat(admin.delete("/api/surveys/" + id).status()).isEqualTo(204);
    assertThat(admin.get("/api/surveys/" + id).status()).isEqualTo(404);
  }

  @Test
  void staffMayNotDesignSurveysAndOtherTenantsSeeNothing() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String id = manager.post("/api/surveys", Map.of("name", "Private", "template", "CES")).text("id");

    Api staff = api.as(member(tenant, "STAFF"));
    assertThat(staff.get("/api/surveys").status()).isEqualTo(403);
    assertThat(staff.post("/api/surveys", Map.of("name", "X", "template", "CES")).status()).isEqualTo(403);
    Api executive = api.as(member(tenant, "EXECUTIVE"));
    assertThat(executive.get("/api/surveys/" + id).status()).isEqualTo(200);
    assertThat(executive.post("/api/surveys/" + id + "/publish", null).status()).isEqualTo(403);

    Api stranger = api.as(signUp().adminToken());
    for (String path : List.of("", "/results", "/results/series", "/comments", "/invitations", "/export.csv",
        "/mail-log")) {
      assertThat(stranger.get("/api/surveys/" + id + path).status()).as(path).isEqualTo(404);
    }
    assertThat(stranger.post("/api/surveys/" + id + "/publish", null).status()).isEqualTo(404);
    assertThat(stranger.post("/api/surveys/" + id + "/archive", null).status()).isEqualTo(404);
    assertThat(stranger.delete("/api/surveys/" + id).status()).isEqualTo(404);
    assertThat(stranger.put("/api/surveys/" + id, Map.of("name", "x", "touchpoint", "x", "definition",
        Map.of("title", Map.of("en", "x"), "questions", List.of()), "publicLinkEnabled", true)).status())
        .isEqualTo(404);
    assertThat(stranger.post("/api/surveys/" + id + "/close", null).status()).isEqualTo(404);
    assertThat(stranger.get("/api/staff-surveys/" + id).status()).isEqualTo(404);
    assertThat(stranger.post("/api/staff-surveys/" + id + "/responses", Map.of("submissionId",
        java.util.UUID.randomUUID().toString(), "language", "en", "answers", Map.of())).status()).isEqualTo(404);
    assertThat(stranger.post("/api/surveys/" + id + "/invitations", Map.of("invitees",
        List.of(Map.of("email", "a@b.test")))).status()).isEqualTo(404);
  }
}

package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class StaffSurveyWebTest extends WebTestSupport {

  private static Map<String, Object> selfAssessment(int score) {
    return Map.of("share", score, "promises", score, "act", score, "impact", score, "complaints", score,
        "idea", "More time with customers");
  }

  @Test
  void membersAnswerOnceAndSmallGroupsAreSuppressed() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String id = admin.post("/api/surveys", Map.of("name", "Self", "template", "STAFF_SELF_ASSESSMENT")).text("id");
    admin.post("/api/surveys/" + id + "/publish", null);

    List<String> staff = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      staff.add(member(tenant, "STAFF"));
    }
    Api first = api.as(staff.getFirst());
    assertThat(first.get("/api/staff-surveys").body().size()).isEqualTo(1);
    assertThat(first.get("/api/staff-surveys/" + id + "?lang=de").text("title")).contains("kundenorientiert");

    UUID submission = UUID.randomUUID();
    Map<String, Object> body = Map.of("submissionId", submission.toString(), "language", "en",
        "answers", selfAssessment(4));
    assertThat(first.post("/api/staff-surveys/" + id + "/responses", body).status()).isEqualTo(201);
    assertThat(first.post("/api/staff-surveys/" + id + "/responses", body).status()).isEqualTo(201); // retry
    assertThat(first.post("/api/staff-surveys/" + id + "/responses", Map.of("submissionId",
        UUID.randomUUID().toString(), "language", "en", "answers", selfAssessment(5))).status()).isEqualTo(409);
    assertThat(first.get("/api/staff-surveys").body().size()).isZero();

    // four answers: every group is under five, nothing is shown
    for (String token : staff.subList(1, 4)) {
      api.as(token).post("/api/staff-surveys/" + id + "/responses", Map.of("submissionId",
          UUID.randomUUID().toString(), "language", "en", "answers", selfAssessment(3)));
    }
    JsonNode small = admin.get("/api/surveys/" + id + "/results").body();
    assertThat(small.path("responses").isNull() || small.path("responses").isMissingNode()).isTrue(); // withheld
    assertThat(small.path("scores").get(0).path("score").path("suppressed").asBoolean()).isTrue();
    assertThat(small.path("distributions").get(0).path("suppressed").asBoolean()).isTrue();
    assertThat(small.path("distributions").get(0).path("counts").size()).isZero();
    assertThat(admin.get("/api/surveys/" + id + "/comments").body().path("items").size()).isZero();

    api.as(staff.get(4)).post("/api/staff-surveys/" + id + "/responses", Map.of("submissionId",
        UUID.randomUUID().toString(), "language", "en", "answers", selfAssessment(5)));
    JsonNode five = admin.get("/api/surveys/" + id + "/results").body();
    assertThat(five.path("scores").get(0).path("score").path("suppressed").asBoolean()).isFalse();
    assertThat(five.path("scores").get(0).path("score").path("value").asDouble()).isEqualTo(3.6);
    JsonNode byLevel = five.path("byLevel");
    assertThat(byLevel.size()).isEqualTo(1);
    assertThat(byLevel.get(0).path("key").asString()).isEqualTo("FRONTLINE");
    assertThat(admin.get("/api/surveys/" + id + "/comments").body().path("total").asInt()).isEqualTo(5);

    // staff surveys are not public
    String token = admin.get("/api/surveys/" + id).text("publicToken");
    assertThat(api.get("/api/public/surveys/" + token).status()).isEqualTo(404);
  }
}

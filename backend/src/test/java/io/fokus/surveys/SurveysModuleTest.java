package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.WebTestSupport;
import io.fokus.surveys.internal.AnswerService;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** An answer announces itself to the other modules with its scores and the customer's attributes. */
@EnableScenarios
class SurveysModuleTest extends WebTestSupport {

  static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

  @org.springframework.beans.factory.annotation.Autowired
  AnswerService answers;

  @Test
  void anAnswerPublishesSurveyResponseSubmitted(Scenario scenario) {
    SignedUp tenant = signUp();
    var manager = api.as(member(tenant, "MANAGER"));
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    manager.post("/api/surveys/" + id + "/publish", null);
    String token = manager.post("/api/surveys/" + id + "/invitations", Map.of("invitees", java.util.List.of(
        Map.of("email", "vip@c.test", "attributes", Map.of("segment", "vip"))))).body().path("invited").get(0)
        .path("token").asString();

    scenario.stimulate(() -> answers.submitPublic(token, new AnswerService.Submission(UUID.randomUUID(), "en",
            Map.of("nps", JSON.valueToTree(2), "improve", JSON.valueToTree("Call back")))))
        .andWaitForEventOfType(SurveyResponseSubmitted.class)
        .matching(e -> e.surveyId().toString().equals(id))
        .toArriveAndVerify(event -> {
          assertThat(event.tenantId().toString()).isEqualTo(tenant.tenantId());
          assertThat(event.scores()).containsEntry(ScoreType.NPS, 2);
          assertThat(event.attributes()).containsEntry("segment", "vip");
          assertThat(event.customerId()).isNotNull();
          assertThat(event.invitationId()).isNotNull();
          assertThat(event.version()).isEqualTo(1);
        });
  }
}

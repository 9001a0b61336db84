package io.fokus.surveys;

import static fokus.db.surveys.Tables.INVITATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import io.fokus.surveys.internal.AnswerService;
import io.fokus.surveys.internal.InvitationService;
import io.fokus.surveys.internal.SurveyService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The surveys module with the modules it depends on (platform, tenants, customers) and nothing else: an answer
 * announces itself to the other modules with its scores, the customer's attributes and the customer's id.
 */
@ModuleTest
class SurveysModuleTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired
  Tenancy tenancy;

  @Autowired
  SurveyService surveys;

  @Autowired
  InvitationService invitations;

  @Autowired
  AnswerService answers;

  @Autowired
  DSLContext db;

  @Autowired
  SurveyRequests requests;

  @Autowired
  CustomerDirectory directory;

  @Autowired
  TransactionTemplate transactions;

  @Test
  void anAnswerPublishesSurveyResponseSubmitted(Scenario scenario) {
    TenantId tenant = TenantId.random();
    var designer = new CurrentUser(UUID.randomUUID().toString(), "designer@module.test", "Designer", List.of(),
        null);
    String token = tenancy.runAs(tenant, () -> {
      UUID id = surveys.create(new SurveyService.NewSurvey("NPS", "NPS", null, null), designer).id();
      surveys.publish(id);
      return invitations.invite(id, List.of(new InvitationService.Invitee("vip@c.test", null, null,
          Map.of("segment", "vip")))).invited().getFirst().token();
    });

    scenario.stimulate(() -> answers.submitPublic(token, new AnswerService.Submission(UUID.randomUUID(), "en",
            Map.of("nps", JSON.valueToTree(2), "improve", JSON.valueToTree("Call back")))))
        .andWaitForEventOfType(SurveyResponseSubmitted.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify(event -> {
          assertThat(event.tenantId()).isEqualTo(tenant);
          assertThat(event.scores()).containsEntry(ScoreType.NPS, 2);
          assertThat(event.attributes()).containsEntry("segment", "vip");
          assertThat(event.customerId()).isEqualTo(invitedCustomer(tenant, event.invitationId()));
          assertThat(event.invitationId()).isNotNull();
          assertThat(event.audience()).isEqualTo(Audience.CUSTOMER);
          assertThat(event.version()).isEqualTo(1);
          assertThat(event.context()).as("an invitation made by staff has no context").isNull();
        });
  }

  @Test
  void aSurveyOnRequestIsSentOncePerContextWithinTheContactPolicyAndItsContextComesBack(Scenario scenario) {
    TenantId tenant = TenantId.random();
    Instant notBefore = Instant.now().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
    String link = tenancy.runAs(tenant, () -> {
      SurveyId survey = requests.defaultFollowUpSurvey();
      assertThat(requests.defaultFollowUpSurvey()).as("made once").isEqualTo(survey);
      assertThat(requests.requestable(survey)).isTrue();
      CustomerId customer = directory.findOrCreate(new CustomerDetails("asked@c.test", null, null, "de", Map.of()));
      var first = requests.request(new SurveyRequests.Request(survey, customer, "case:1", notBefore));
      var again = requests.request(new SurveyRequests.Request(survey, customer, "case:1", notBefore));
      assertThat(first.sent()).isTrue();
      assertThat(first.invitation().sendAt()).isEqualTo(notBefore);
      assertThat(first.invitation().state()).isEqualTo(SurveyRequests.InvitationState.PENDING);
      assertThat(first.invitation().mailQueued()).as("no SMTP here").isFalse();
      assertThat(again.invitation().id()).as("asked twice, sent once").isEqualTo(first.invitation().id());
      assertThat(requests.request(new SurveyRequests.Request(survey, customer, "case:2", notBefore)).notSent())
          .as("contacted a moment ago").isEqualTo(SurveyRequests.NotSentReason.QUIET_PERIOD);
      assertThat(requests.request(new SurveyRequests.Request(SurveyId.random(), customer, "case:3", notBefore))
          .notSent()).isEqualTo(SurveyRequests.NotSentReason.SURVEY_UNAVAILABLE);
      assertThat(requests.invitation("case:2")).isEmpty();
      return first.invitation().link();
    });
    String token = link.substring(link.indexOf("/s/") + 3);

    scenario.stimulate(() -> answers.submitPublic(token, new AnswerService.Submission(UUID.randomUUID(), "de",
            Map.of("csat", JSON.valueToTree(4), "comment", JSON.valueToTree("Gut gelöst")))))
        .andWaitForEventOfType(SurveyResponseSubmitted.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify(event -> {
          assertThat(event.context()).isEqualTo("case:1");
          assertThat(event.scores()).containsEntry(ScoreType.CSAT, 4);
          tenancy.runAs(tenant, () -> {
            assertThat(requests.comments(event.responseId())).containsExactly("Gut gelöst");
            assertThat(requests.invitation("case:1").orElseThrow().state())
                .isEqualTo(SurveyRequests.InvitationState.ANSWERED);
          });
        });
  }

  /** The customer of an invitation, as the invitation stores it. */
  private CustomerId invitedCustomer(TenantId tenant, UUID invitationId) {
    return tenancy.runAs(tenant, () -> transactions.execute(status -> new CustomerId(db.select(INVITATION.CUSTOMER_ID)
        .from(INVITATION).where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(invitationId))
        .fetchSingle(INVITATION.CUSTOMER_ID))));
  }
}

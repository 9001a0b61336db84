package io.fokus.surveys;

import static fokus.db.surveys.Tables.INVITATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.customers.CustomerId;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import io.fokus.surveys.internal.AnswerService;
import io.fokus.surveys.internal.InvitationService;
import io.fokus.surveys.internal.SurveyService;
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
        });
  }

  /** The customer of an invitation, as the invitation stores it. */
  private CustomerId invitedCustomer(TenantId tenant, UUID invitationId) {
    return tenancy.runAs(tenant, () -> transactions.execute(status -> new CustomerId(db.select(INVITATION.CUSTOMER_ID)
        .from(INVITATION).where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(invitationId))
        .fetchSingle(INVITATION.CUSTOMER_ID))));
  }
}

package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.complaints.internal.ClosedLoop;
import io.fokus.complaints.internal.ComplaintService;
import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import io.fokus.support.TenantSql;
import io.fokus.surveys.Audience;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyId;
import io.fokus.surveys.SurveyResponseSubmitted;
import io.fokus.surveys.internal.AnswerService;
import io.fokus.tenants.BusinessHours;
import io.fokus.tenants.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The closed loop's listeners with the real surveys module: a resolution asks for one follow-up survey per complaint,
 * its answer is linked to the complaint, a detractor answer opens one recovery case per customer; every event
 * delivered again changes nothing.
 */
@ModuleTest
class ClosedLoopModuleTest {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final ComplaintService.Staff ADMIN = new ComplaintService.Staff(new MemberId(UUID.randomUUID()),
      Set.of(Role.ADMIN));

  @Autowired
  ComplaintService complaints;
  @Autowired
  ClosedLoop loop;
  @Autowired
  AnswerService answers;
  @Autowired
  CustomerDirectory customers;
  @Autowired
  Tenancy tenancy;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  JsonMapper json;

  /** A tenant with business hours: recovery cases get their default SLA clock on its calendar. */
  private TenantId tenant() {
    return new TenantSql(tenancy, transactionManager, jdbc).insertTenant(
        json.writeValueAsString(BusinessHours.weekdaysNineToFive()));
  }

  @Test
  void aResolvedComplaintIsSurveyedOnceAndItsAnswerLinkedOnce(Scenario scenario) {
    TenantId tenant = tenant();
    ComplaintId id = recordComplaint(tenant, "anna@loop.test");
    CustomerId customer = in(tenant, () -> complaints.find(id).orElseThrow().customerId());

    Instant before = Instant.now();
    scenario.stimulate(() -> in(tenant, () -> complaints.changeStatus(ADMIN, id, ComplaintStatus.RESOLVED)))
        .andWaitForStateChange(() -> count(tenant, "select count(*) from complaints.follow_up"
            + " where invitation_id is not null"), n -> n == 1)
        .andVerify(n -> {
          ClosedLoop.FollowUpView followUp = in(tenant, () -> loop.loop(id)).followUp();
          assertThat(followUp.state()).as("the default delay is 24 hours").isEqualTo(ClosedLoop.FollowUpState.SCHEDULED);
          assertThat(followUp.sendAt()).isBetween(before.plus(Duration.ofHours(24)),
              Instant.now().plus(Duration.ofHours(24)));
          assertThat(followUp.link()).contains("/s/");
          assertThat(count(tenant, "select count(*) from surveys.invitation where context = 'complaint:" + id + "'"))
              .isEqualTo(1);
          assertThat(count(tenant, "select count(*) from surveys.survey where status = 'PUBLISHED'"))
              .as("the default CSAT follow-up survey").isEqualTo(1);
        });

    // the event delivered again, and a reopened complaint resolved again: no second survey
    long completed = completedPublications();
    scenario.publish(new ComplaintResolved(tenant, id, customer, ComplaintKind.COMPLAINT, null, null, null,
            Instant.now()))
        .andWaitForStateChange(this::completedPublications, now -> now > completed)
        .andVerify(now -> assertThat(count(tenant, "select count(*) from surveys.invitation")).isEqualTo(1));
    in(tenant, () -> complaints.changeStatus(ADMIN, id, ComplaintStatus.OPEN));
    long reopened = completedPublications();
    scenario.stimulate(() -> in(tenant, () -> complaints.changeStatus(ADMIN, id, ComplaintStatus.RESOLVED)))
        .andWaitForStateChange(this::completedPublications, now -> now > reopened)
        .andVerify(now -> {
          assertThat(count(tenant, "select count(*) from surveys.invitation")).isEqualTo(1);
          assertThat(count(tenant, "select count(*) from complaints.follow_up")).isEqualTo(1);
        });

    // the customer answers with a low CSAT: linked to the complaint, no recovery case for a follow-up answer
    String token = tenancy.runAs(tenant, () -> new TransactionTemplate(transactionManager).execute(s ->
        jdbc.queryForObject("select token from surveys.invitation", String.class)));
    scenario.stimulate(() -> answers.submitPublic(token, new AnswerService.Submission(UUID.randomUUID(), "en",
            Map.of("csat", JSON.valueToTree(2), "comment", JSON.valueToTree("Took too long")))))
        .andWaitForStateChange(() -> in(tenant, () -> loop.loop(id)).followUp().state(),
            state -> state == ClosedLoop.FollowUpState.ANSWERED)
        .andVerify(state -> {
          ClosedLoop.FollowUpView followUp = in(tenant, () -> loop.loop(id)).followUp();
          assertThat(followUp.csat()).isEqualTo(2);
          assertThat(followUp.comments()).containsExactly("Took too long");
          assertThat(count(tenant, "select count(*) from complaints.complaint")).isEqualTo(1);
        });

    // the answer delivered again (even claiming another score) changes nothing
    ClosedLoop.FollowUpView answered = in(tenant, () -> loop.loop(id)).followUp();
    long linked = completedPublications();
    scenario.publish(new SurveyResponseSubmitted(tenant, new SurveyId(answered.surveyId()), 1,
            new ResponseId(answered.responseId()), Audience.CUSTOMER, "complaint", Map.of(ScoreType.CSAT, 5), Map.of(),
            answered.invitationId(), customer, Instant.now(), "complaint:" + id))
        .andWaitForStateChange(this::completedPublications, now -> now > linked)
        .andVerify(now -> {
          assertThat(in(tenant, () -> loop.loop(id)).followUp()).isEqualTo(answered);
          assertThat(count(tenant, "select count(*) from complaints.complaint")).isEqualTo(1);
        });
  }

  @Test
  void aDetractorOpensOneRecoveryCaseAndLaterDetractorsAreAddedToIt(Scenario scenario) {
    TenantId tenant = tenant();
    CustomerId customer = in(tenant, () -> customers.findOrCreate(new CustomerDetails("bob@loop.test", null, "Bob",
        "en", Map.of())));
    SurveyResponseSubmitted detractor = answer(tenant, customer, Map.of(ScoreType.NPS, 3), null);

    scenario.publish(detractor)
        .andWaitForEventOfType(RecoveryCaseOpened.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify(event -> {
          assertThat(event.customerId()).isEqualTo(customer);
          assertThat(event.responseId()).isEqualTo(detractor.responseId());
          assertThat(event.scoreType()).isEqualTo(ScoreType.NPS);
          assertThat(event.score()).isEqualTo(3);
          Complaint opened = in(tenant, () -> complaints.find(event.complaintId()).orElseThrow());
          assertThat(opened.kind()).isEqualTo(ComplaintKind.RECOVERY);
          assertThat(opened.channel()).isEqualTo(Channel.SURVEY);
          assertThat(opened.status()).isEqualTo(ComplaintStatus.NEW);
          assertThat(opened.customerId()).isEqualTo(customer);
          assertThat(opened.subject()).contains("NPS 3 of 10");
          assertThat(in(tenant, () -> loop.loop(event.complaintId())).recoveryAnswers())
              .extracting(ClosedLoop.RecoveryAnswer::responseId).containsExactly(detractor.responseId().value());
        });

    // the same answer delivered again changes nothing
    long completed = completedPublications();
    scenario.publish(detractor)
        .andWaitForStateChange(this::completedPublications, now -> now > completed)
        .andVerify(now -> {
          assertThat(count(tenant, "select count(*) from complaints.complaint")).isEqualTo(1);
          assertThat(count(tenant, "select count(*) from complaints.recovery_response")).isEqualTo(1);
        });

    // a second detractor answer joins the open case as the customer's message; a promoter and an anonymous
    // detractor change nothing
    SurveyResponseSubmitted second = answer(tenant, customer, Map.of(ScoreType.CSAT, 1), null);
    scenario.publish(second)
        .andWaitForStateChange(() -> count(tenant, "select count(*) from complaints.recovery_response"), n -> n == 2)
        .andVerify(n -> {
          assertThat(count(tenant, "select count(*) from complaints.complaint")).isEqualTo(1);
          assertThat(count(tenant, "select count(*) from complaints.complaint_message"
              + " where type = 'CUSTOMER_MESSAGE' and body like '%CSAT 1 of 5%'")).isEqualTo(1);
        });
    long later = completedPublications();
    scenario.publish(answer(tenant, customer, Map.of(ScoreType.NPS, 9), null))
        .andWaitForStateChange(this::completedPublications, now -> now > later)
        .andVerify(now -> assertThat(count(tenant, "select count(*) from complaints.recovery_response")).isEqualTo(2));
    long anonymous = completedPublications();
    scenario.publish(answer(tenant, null, Map.of(ScoreType.NPS, 0), null))
        .andWaitForStateChange(this::completedPublications, now -> now > anonymous)
        .andVerify(now -> assertThat(count(tenant, "select count(*) from complaints.complaint")).isEqualTo(1));
  }

  @Test
  void aRecoveryCaseComesFromTheTouchpointOfTheSurveyAnswered(Scenario scenario) {
    TenantId tenant = tenant();
    CustomerId customer = in(tenant, () -> customers.findOrCreate(new CustomerDetails("cleo@loop.test", null, "Cleo",
        "en", Map.of())));

    scenario.publish(answer(tenant, customer, Map.of(ScoreType.CSAT, 1), null))
        .andWaitForEventOfType(ComplaintReceived.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify(event -> {
          assertThat(event.kind()).isEqualTo(ComplaintKind.RECOVERY);
          assertThat(event.touchpoint()).isEqualTo("relationship");
          assertThat(in(tenant, () -> complaints.find(event.complaintId()).orElseThrow()).touchpoint())
              .isEqualTo("relationship");
        });
  }

  private static SurveyResponseSubmitted answer(TenantId tenant, CustomerId customer, Map<ScoreType, Integer> scores,
      String context) {
    return new SurveyResponseSubmitted(tenant, SurveyId.random(), 1, ResponseId.random(), Audience.CUSTOMER,
        "relationship", scores, Map.of(), customer == null ? null : UUID.randomUUID(), customer, Instant.now(),
        context);
  }

  private ComplaintId recordComplaint(TenantId tenant, String email) {
    return in(tenant, () -> {
      complaints.record(new ComplaintService.Intake("Anna", email, "en", "Broken parcel", "It arrived broken.",
          null, null), Channel.PHONE);
      return complaints.inbox(ADMIN, new ComplaintService.InboxFilter(null, null, null, null, null, null, null),
          ComplaintService.InboxSort.CREATED_AT, true, 0, 1).items().getFirst().id();
    });
  }

  private <T> T in(TenantId tenant, java.util.function.Supplier<T> work) {
    return tenancy.runAs(tenant, work::get);
  }

  private long completedPublications() {
    return jdbc.queryForObject("select count(*) from event_publication where completion_date is not null",
        Long.class);
  }

  private long count(TenantId tenant, String sql) {
    return new TenantSql(tenancy, transactionManager, jdbc).count(tenant, sql);
  }
}

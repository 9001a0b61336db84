package io.fokus.promises.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.complaints.RecoveryCaseOpened;
import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerErased;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.promises.PromiseBroken;
import io.fokus.promises.PromiseId;
import io.fokus.promises.PromiseSource;
import io.fokus.promises.PromiseStatus;
import io.fokus.support.ModuleTest;
import io.fokus.support.TenantSql;
import io.fokus.surveys.Audience;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyId;
import io.fokus.surveys.SurveyResponseSubmitted;
import io.fokus.tenants.BusinessHours;
import io.fokus.tenants.MemberId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The promises module's listeners with the real modules below it: a customer's survey answer is attributed to the
 * promises decided in the 90 days before it and counted in the rollup; a second broken promise to a customer opens a
 * recovery case through complaints; an erased customer's words go. Every event delivered again changes nothing.
 */
@ModuleTest
class PromisesModuleTest {

  static final MemberId OWNER = new MemberId(UUID.randomUUID());

  @Autowired
  Promises promises;
  @Autowired
  PromiseService service;
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
  @Autowired
  Clock clock;
  @Autowired
  PromiseRollup rollupRepository;

  long completedPublications() {
    return jdbc.queryForObject("select count(*) from event_publication where completion_date is not null",
        Long.class);
  }

  TenantId tenant() {
    return new TenantSql(tenancy, transactionManager, jdbc).insertTenant(
        json.writeValueAsString(BusinessHours.weekdaysNineToFive()));
  }

  <T> T in(TenantId tenant, Supplier<T> work) {
    return tenancy.runAs(tenant, () -> new TransactionTemplate(transactionManager).execute(s -> work.get()));
  }

  long count(TenantId tenant, String sql) {
    return new TenantSql(tenancy, transactionManager, jdbc).count(tenant, sql);
  }

  CustomerId customer(TenantId tenant, String email) {
    return in(tenant, () -> customers.findOrCreate(new CustomerDetails(email, null, null, "en", Map.of())));
  }

  /** An open promise to the customer, due in a day, made directly in the ledger. */
  Promise open(TenantId tenant, CustomerId customer, String text) {
    Instant now = clock.instant();
    return in(tenant, () -> promises.insert(tenant, PromiseId.random(), new Promises.NewPromise(text, customer, OWNER,
        null, PromiseSource.manual(), new PromiseSchedule.Due(now.plus(Duration.ofDays(1)),
            java.time.LocalDate.now(clock).plusDays(1)), now.plus(Duration.ofDays(2)), OWNER,
        TenantTokens.create(tenant), null), now));
  }

  void decide(TenantId tenant, Promise p, PromiseStatus status) {
    in(tenant, () -> {
      service.decide(tenant, promises.lock(tenant, p.id()).orElseThrow(), status, OWNER, null);
      return null;
    });
  }

  SurveyResponseSubmitted answer(TenantId tenant, CustomerId customer, Map<ScoreType, Integer> scores, Instant at) {
    return new SurveyResponseSubmitted(tenant, new SurveyId(UUID.randomUUID()), 1, new ResponseId(UUID.randomUUID()),
        Audience.CUSTOMER, "delivery", scores, Map.of(), UUID.randomUUID(), customer, at, null);
  }

  @Test
  void theCustomersNextAnswerIsAttributedToTheirDecidedPromisesOnce(Scenario scenario) {
    TenantId tenant = tenant();
    CustomerId customer = customer(tenant, "nina@promises.test");
    Promise kept = open(tenant, customer, "Replace the charger");
    Promise broken = open(tenant, customer, "Call back");
    Promise stillOpen = open(tenant, customer, "Send the voucher");
    decide(tenant, kept, PromiseStatus.KEPT);
    decide(tenant, broken, PromiseStatus.BROKEN);
    CustomerId other = customer(tenant, "otto@promises.test");

    SurveyResponseSubmitted answer = answer(tenant, customer, Map.of(ScoreType.NPS, 9, ScoreType.CSAT, 4),
        clock.instant().plus(Duration.ofMinutes(5)));
    scenario.publish(answer)
        .andWaitForStateChange(() -> count(tenant, "select count(*) from promises.promise where after_nps = 9"),
            n -> n == 2)
        .andVerify(n -> {
          assertThat(count(tenant, "select count(*) from promises.promise where after_response_id = '"
              + answer.responseId().value() + "' and after_csat = 4")).isEqualTo(2);
          assertThat(count(tenant, "select count(*) from promises.promise where id = '" + stillOpen.id().value()
              + "' and after_response_id is null")).as("an open promise waits").isEqualTo(1);
          assertThat(count(tenant, "select coalesce(sum(nps_promoters), 0) from promises.kept_rollup"))
              .isEqualTo(2);
          assertThat(count(tenant, "select coalesce(sum(csat_satisfied), 0) from promises.kept_rollup"
              + " where outcome = 'BROKEN'")).isEqualTo(1);
        });

    // delivered again, a later answer, another customer's answer: nothing more is attributed
    long before = count(tenant, "select coalesce(sum(nps_promoters + nps_passives + nps_detractors), 0)"
        + " from promises.kept_rollup");
    for (SurveyResponseSubmitted later : java.util.List.of(answer,
        answer(tenant, customer, Map.of(ScoreType.NPS, 2), clock.instant().plus(Duration.ofDays(2))),
        answer(tenant, other, Map.of(ScoreType.NPS, 0), clock.instant().plus(Duration.ofDays(1))))) {
      long completed = completedPublications();
      scenario.publish(later).andWaitForStateChange(this::completedPublications, now -> now > completed)
          .andVerify(now -> assertThat(count(tenant, "select coalesce(sum(nps_promoters + nps_passives"
              + " + nps_detractors), 0) from promises.kept_rollup")).isEqualTo(before));
    }
    assertThat(count(tenant, "select count(*) from promises.promise where after_nps = 2")).isZero();

    // the rollups kept by the changes are the rollups computed from the promises, by month and by day
    String columns = " unit_id, owner_id, source_kind, outcome, decided, renegotiated, fulfilled_late,"
        + " late_minutes, nps_promoters, nps_passives, nps_detractors, csat_satisfied, csat_total from promises.";
    String monthly = "select month," + columns + "kept_rollup where decided <> 0 order by outcome, month";
    String daily = "select day," + columns + "kept_daily where decided <> 0 order by outcome, day";
    var liveMonthly = in(tenant, () -> jdbc.queryForList(monthly));
    var liveDaily = in(tenant, () -> jdbc.queryForList(daily));
    assertThat(liveDaily).hasSize(2);
    in(tenant, () -> {
      rollupRepository.rebuild(tenant);
      return null;
    });
    assertThat(in(tenant, () -> jdbc.queryForList(monthly))).isEqualTo(liveMonthly);
    assertThat(in(tenant, () -> jdbc.queryForList(daily))).isEqualTo(liveDaily);
  }

  @Test
  void aSecondBrokenPromiseToACustomerOpensOneRecoveryCase(Scenario scenario) {
    TenantId tenant = tenant();
    CustomerId customer = customer(tenant, "paul@promises.test");
    Promise first = open(tenant, customer, "Fix the bell");
    Promise second = open(tenant, customer, "Bring the key");
    decide(tenant, first, PromiseStatus.BROKEN);
    assertThat(count(tenant, "select count(*) from complaints.complaint")).isZero();

    scenario.stimulate(() -> decide(tenant, second, PromiseStatus.BROKEN))
        .andWaitForEventOfType(RecoveryCaseOpened.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify(event -> {
          assertThat(event.cause()).isEqualTo(RecoveryCaseOpened.Cause.BROKEN_PROMISES);
          assertThat(event.customerId()).isEqualTo(customer);
          assertThat(event.responseId()).isNull();
          org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(tenant,
              "select count(*) from promises.promise where recovery_case_id = '" + event.complaintId().value()
                  + "'") == 2);
        });

    // the event delivered again opens nothing more
    Promise again = in(tenant, () -> promises.find(tenant, second.id()).orElseThrow());
    long completed = completedPublications();
    scenario.publish(new PromiseBroken(tenant, again.id(), customer, OWNER, null, again.source(), again.dueAt(),
            again.decidedAt(), false))
        .andWaitForStateChange(this::completedPublications, now -> now > completed)
        .andVerify(now -> assertThat(count(tenant, "select count(*) from complaints.complaint where kind = 'RECOVERY'"))
            .isEqualTo(1));
  }

  @Test
  void anErasedCustomersPromisesKeepTheirCountsButNotTheirWords(Scenario scenario) {
    TenantId tenant = tenant();
    CustomerId customer = customer(tenant, "quinn@promises.test");
    Promise p = open(tenant, customer, "Quinn's new address is on file");
    decide(tenant, p, PromiseStatus.KEPT);
    scenario.publish(new CustomerErased(tenant, customer))
        .andWaitForStateChange(() -> count(tenant, "select count(*) from promises.promise where text = '(erased)'"),
            n -> n == 1)
        .andVerify(n -> {
          assertThat(count(tenant, "select count(*) from promises.promise where status = 'KEPT'")).isEqualTo(1);
          assertThat(count(tenant, "select count(*) from promises.promise where status_token like 'erased-%'"))
              .isEqualTo(1);
          assertThat(count(tenant, "select coalesce(sum(decided), 0) from promises.kept_rollup")).isEqualTo(1);
        });
  }
}

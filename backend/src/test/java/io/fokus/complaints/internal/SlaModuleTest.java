package io.fokus.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.complaints.Channel;
import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.SlaBreached;
import io.fokus.complaints.SlaClockKind;
import io.fokus.complaints.SlaWarning;
import io.fokus.customers.CustomerId;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.support.ControlledClock;
import io.fokus.support.ModuleTest;
import io.fokus.support.TenantSql;
import io.fokus.support.TestClock;
import io.fokus.tenants.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The complaints module with its dependencies: a clock that is due publishes SlaWarning, later SlaBreached, each
 * once; a recovery case that no policy matches gets the default first-contact clock. The tenant works Monday to
 * Friday 09:00–17:00 UTC (its business hours are its default calendar).
 */
@ModuleTest
@ControlledClock
class SlaModuleTest {

  static final TestClock CLOCK = TestClock.SHARED;

  @Autowired
  ComplaintService complaints;

  @Autowired
  SlaService sla;

  @Autowired
  SlaMonitor monitor;

  @Autowired
  Complaints complaintRows;

  @Autowired
  Tenancy tenancy;

  @Autowired
  JsonMapper json;

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void systemTime() {
    CLOCK.reset();
  }

  /** A tenant working Monday to Friday 09:00–17:00 UTC, by its business hours. */
  private TenantId tenant() {
    return new TenantSql(tenancy, transactions, jdbc).insertTenant(
        json.writeValueAsString(BusinessHours.weekdaysNineToFive()));
  }

  @Test
  void aRecoveryCaseWithoutAPolicyGetsFirstContactWithinTwoWorkingDays() {
    TenantId tenant = tenant();
    // Monday 6 January 2031 10:00 UTC; two working days of 8 hours are 960 minutes: Wednesday 10:00
    CLOCK.set("2031-01-06T10:00:00Z");
    ComplaintId id = ComplaintId.random();
    new TransactionTemplate(transactions).executeWithoutResult(tx -> tenancy.runAs(tenant, () -> {
      Complaint recovery = complaintRows.insert(tenant, id, new Complaints.NewComplaint(
          new CustomerId(UUID.randomUUID()), ComplaintKind.RECOVERY, Channel.API, null, null, null, null, null,
          "Detractor answer", "Scored 2 of 10.", null, null, TenantTokens.create(tenant)));
      sla.start(tenant, recovery);
    }));
    List<SlaService.SlaClockView> clocks = tenancy.runAs(tenant, () -> sla.clocksOf(id));
    assertThat(clocks).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(SlaClockKind.FIRST_RESPONSE);
      assertThat(c.policyId()).isNull();
      assertThat(c.policyName()).isEqualTo(SlaService.RECOVERY_DEFAULT);
      assertThat(c.targetMinutes()).isEqualTo(960);
      assertThat(c.dueAt()).isEqualTo(Instant.parse("2031-01-08T10:00:00Z"));
      assertThat(c.warningAt()).isEqualTo(Instant.parse("2031-01-07T14:00:00Z")); // 720 minutes
    });
  }

  @Test
  void aDueClockIsWarnedAndBreachedOnce(Scenario scenario) {
    TenantId tenant = tenant();
    tenancy.runAs(tenant, () -> sla.addPolicy(new SlaPolicy(null, "Any", null, null, null, null, -1, null, 60, null,
        0.5, true)));
    // Monday 6 January 2031 16:30 UTC: 30 working minutes today, the rest on Tuesday from 09:00
    CLOCK.set("2031-01-06T16:30:00Z");
    tenancy.runAs(tenant, () -> complaints.record(new ComplaintService.Intake("Ida", "ida@example.com", "en", null,
        "No answer for a week.", null, null), Channel.EMAIL));
    Complaint complaint = tenancy.runAs(tenant, () -> complaints.inbox(
        new ComplaintService.Staff(null, Set.of(Role.ADMIN)),
        new ComplaintService.InboxFilter(null, null, null, null, null, null, null), ComplaintService.InboxSort.DUE_AT,
        false, 0, 1).items().getFirst());

    CLOCK.set("2031-01-06T16:59:00Z");
    assertThat(monitor.check(tenant)).as("29 of 60 minutes used: not yet").isZero();

    CLOCK.set("2031-01-07T09:10:00Z");
    scenario.stimulate(() -> monitor.check(tenant))
        .andWaitForEventOfType(SlaWarning.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify((warning, announced) -> {
          assertThat(announced).isEqualTo(1);
          assertThat(warning.complaintId()).isEqualTo(complaint.id());
          assertThat(warning.clock()).isEqualTo(SlaClockKind.FIRST_RESPONSE);
          assertThat(warning.dueAt()).isEqualTo(Instant.parse("2031-01-07T09:30:00Z"));
          assertThat(warning.target()).isEqualTo(Duration.ofMinutes(60));
          assertThat(warning.assignee()).isNull();
        });
    assertThat(monitor.check(tenant)).as("warned once").isZero();

    CLOCK.set("2031-01-07T09:31:00Z");
    scenario.stimulate(() -> monitor.check(tenant))
        .andWaitForEventOfType(SlaBreached.class)
        .matching(e -> e.tenantId().equals(tenant))
        .toArriveAndVerify((breach, announced) -> {
          assertThat(announced).isEqualTo(1);
          assertThat(breach.complaintId()).isEqualTo(complaint.id());
          assertThat(breach.dueAt()).isEqualTo(Instant.parse("2031-01-07T09:30:00Z"));
        });
    assertThat(monitor.check(tenant)).as("breached once").isZero();
  }
}

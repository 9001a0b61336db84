package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.COMPLAINT;
import static fokus.db.complaints.Tables.SLA_CLOCK;

import fokus.db.complaints.tables.records.SlaClockRecord;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.SlaClockKind;
import io.fokus.platform.tenancy.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The stored SLA clocks of the tenant's complaints, and what the inbox reads of them on the complaint row. Saving a
 * clock never writes its warned and breached marks: only the job sets those, so a clock changed while the job claims
 * it cannot lose a mark and be announced twice.
 */
@Repository
class SlaClocks {

  private final DSLContext db;
  private final SlaOutcomes outcomes;

  SlaClocks(DSLContext db, SlaOutcomes outcomes) {
    this.db = db;
    this.outcomes = outcomes;
  }

  /**
   * A clock as stored: the pure clock with the policy that set it, its calendar (null = the tenant's default), and
   * the times computed from them.
   */
  record Stored(UUID id, ComplaintId complaint, SlaClockKind kind, UUID policyId, String policyName, UUID calendarId,
      double warningShare, SlaClock clock, Instant startedAt, Instant dueAt, Instant warningAt, Instant warnedAt,
      Instant breachedAt) {
  }

  /** The complaint's clocks, locked until the transaction ends so the job skips them while they change. */
  List<Stored> lockedOf(TenantId tenant, ComplaintId complaint) {
    return db.selectFrom(SLA_CLOCK)
        .where(SLA_CLOCK.TENANT_ID.eq(tenant.value()), SLA_CLOCK.COMPLAINT_ID.eq(complaint.value()))
        .orderBy(SLA_CLOCK.KIND).forUpdate().fetch(SlaClocks::stored);
  }

  List<Stored> of(TenantId tenant, ComplaintId complaint) {
    return db.selectFrom(SLA_CLOCK)
        .where(SLA_CLOCK.TENANT_ID.eq(tenant.value()), SLA_CLOCK.COMPLAINT_ID.eq(complaint.value()))
        .orderBy(SLA_CLOCK.KIND).fetch(SlaClocks::stored);
  }

  /** Inserts a new clock or writes the state, target, policy and times of an existing one. */
  void save(TenantId tenant, Stored s) {
    SlaClock c = s.clock();
    // what a later save may change; the identity, complaint, kind and start stay as inserted
    Map<Field<?>, Object> changing = new LinkedHashMap<>();
    changing.put(SLA_CLOCK.POLICY_ID, s.policyId());
    changing.put(SLA_CLOCK.POLICY_NAME, s.policyName());
    changing.put(SLA_CLOCK.CALENDAR_ID, s.calendarId());
    changing.put(SLA_CLOCK.TARGET_MINUTES, (int) c.target().toMinutes());
    changing.put(SLA_CLOCK.WARNING_SHARE, s.warningShare());
    changing.put(SLA_CLOCK.STATE, c.state().name());
    changing.put(SLA_CLOCK.USED_SECONDS, c.used().toSeconds());
    changing.put(SLA_CLOCK.RUNNING_SINCE, at(c.runningSince()));
    changing.put(SLA_CLOCK.STOPPED_AT, at(c.stoppedAt()));
    changing.put(SLA_CLOCK.DUE_AT, at(s.dueAt()));
    changing.put(SLA_CLOCK.WARNING_AT, at(s.warningAt()));
    changing.put(SLA_CLOCK.OUTCOME, c.outcome().map(Enum::name).orElse(null));
    db.insertInto(SLA_CLOCK)
        .set(SLA_CLOCK.TENANT_ID, tenant.value())
        .set(SLA_CLOCK.ID, s.id())
        .set(SLA_CLOCK.COMPLAINT_ID, s.complaint().value())
        .set(SLA_CLOCK.KIND, s.kind().name())
        .set(SLA_CLOCK.STARTED_AT, at(s.startedAt()))
        .set(changing)
        .onConflict(SLA_CLOCK.TENANT_ID, SLA_CLOCK.ID).doUpdate()
        .set(changing)
        .execute();
  }

  void delete(TenantId tenant, UUID id) {
    db.deleteFrom(SLA_CLOCK).where(SLA_CLOCK.TENANT_ID.eq(tenant.value()), SLA_CLOCK.ID.eq(id)).execute();
  }

  /**
   * After the complaint's clocks changed (in the same transaction): the inbox's summary on the complaint and the SLA
   * report's outcomes follow.
   */
  void changed(TenantId tenant, ComplaintId complaint) {
    summarise(tenant, complaint);
    outcomes.recount(tenant, complaint);
  }

  /**
   * Copies onto the complaint what the inbox filters and sorts by: the earliest due and warning time of its running
   * clocks, and whether any clock breached (announced, or stopped past its target).
   */
  private void summarise(TenantId tenant, ComplaintId complaint) {
    var running = SLA_CLOCK.TENANT_ID.eq(COMPLAINT.TENANT_ID).and(SLA_CLOCK.COMPLAINT_ID.eq(COMPLAINT.ID))
        .and(SLA_CLOCK.STATE.eq(SlaClock.State.RUNNING.name()));
    db.update(COMPLAINT)
        .set(COMPLAINT.SLA_DUE_AT, DSL.select(DSL.min(SLA_CLOCK.DUE_AT)).from(SLA_CLOCK).where(running))
        .set(COMPLAINT.SLA_WARNING_AT, DSL.select(DSL.min(SLA_CLOCK.WARNING_AT)).from(SLA_CLOCK).where(running))
        .set(COMPLAINT.SLA_BREACHED, DSL.field(DSL.exists(DSL.selectOne().from(SLA_CLOCK).where(
            SLA_CLOCK.TENANT_ID.eq(COMPLAINT.TENANT_ID), SLA_CLOCK.COMPLAINT_ID.eq(COMPLAINT.ID),
            SLA_CLOCK.BREACHED_AT.isNotNull().or(SLA_CLOCK.OUTCOME.eq(SlaClock.Outcome.BREACHED.name()))))))
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(complaint.value()))
        .execute();
  }

  /** A clock the job claimed: its warning or breach is announced in the claiming transaction. */
  record Claimed(ComplaintId complaint, SlaClockKind kind, Instant dueAt, Duration target) {
  }

  /**
   * Claims up to {@code limit} clocks that ran out by {@code now} (or stopped past their target) and are not marked
   * breached yet, and marks them (a breach also counts as the warning, so none follows). Rows another transaction
   * holds are skipped: that one is changing or claiming them.
   */
  List<Claimed> claimBreaches(TenantId tenant, Instant now, int limit) {
    return claim("""
        with due as (
          select id from complaints.sla_clock
          where tenant_id = {0} and breached_at is null
            and ((state = 'RUNNING' and due_at <= {1}) or outcome = 'BREACHED')
          order by due_at nulls first, id limit {2} for update skip locked)
        update complaints.sla_clock c set breached_at = {1}, warned_at = coalesce(c.warned_at, {1})
        from due where c.tenant_id = {0} and c.id = due.id
        returning c.complaint_id, c.kind, c.due_at, c.target_minutes
        """, tenant, now, limit);
  }

  /** Claims up to {@code limit} running clocks past their warning time that are neither warned nor breached. */
  List<Claimed> claimWarnings(TenantId tenant, Instant now, int limit) {
    return claim("""
        with due as (
          select id from complaints.sla_clock
          where tenant_id = {0} and state = 'RUNNING' and warned_at is null and breached_at is null
            and warning_at <= {1}
          order by warning_at, id limit {2} for update skip locked)
        update complaints.sla_clock c set warned_at = {1}
        from due where c.tenant_id = {0} and c.id = due.id
        returning c.complaint_id, c.kind, c.due_at, c.target_minutes
        """, tenant, now, limit);
  }

  private List<Claimed> claim(String sql, TenantId tenant, Instant now, int limit) {
    return db.resultQuery(sql, DSL.val(tenant.value()), DSL.val(at(now)), DSL.val(limit))
        .fetch(r -> new Claimed(new ComplaintId(r.get(0, UUID.class)), SlaClockKind.valueOf(r.get(1, String.class)),
            instant(r.get(2, OffsetDateTime.class)), Duration.ofMinutes(r.get(3, Integer.class))));
  }

  private static Stored stored(SlaClockRecord r) {
    SlaClock clock = new SlaClock(Duration.ofMinutes(r.getTargetMinutes()), Duration.ofSeconds(r.getUsedSeconds()),
        instant(r.getRunningSince()), SlaClock.State.valueOf(r.getState()), instant(r.getStoppedAt()));
    return new Stored(r.getId(), new ComplaintId(r.getComplaintId()), SlaClockKind.valueOf(r.getKind()),
        r.getPolicyId(), r.getPolicyName(), r.getCalendarId(), r.getWarningShare(), clock,
        instant(r.getStartedAt()), instant(r.getDueAt()), instant(r.getWarningAt()), instant(r.getWarnedAt()),
        instant(r.getBreachedAt()));
  }

  static OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}

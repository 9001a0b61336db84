package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.COMPLAINT;
import static fokus.db.complaints.Tables.SLA_CLOCK;
import static fokus.db.complaints.Tables.SLA_OUTCOME;
import static fokus.db.complaints.Tables.SLA_REBUILD;
import static fokus.db.complaints.Tables.SLA_ROLLUP;

import fokus.db.complaints.tables.records.SlaOutcomeRecord;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.SlaClockKind;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.TenantsApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep10;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import fokus.db.complaints.tables.records.SlaRollupRecord;
import org.springframework.stereotype.Repository;

/**
 * What the SLA report counts of each clock, kept in the transaction that changes the clock: a clock is decided when
 * it breaches or stops, and counts once, on the day it was decided (in the report's time zone), for the unit,
 * assignee, category and priority its complaint had then. A breached clock stays breached and counts where it
 * breached, with its working minutes once it stops; a clock that met its target and reopens is undecided again until
 * it stops or breaches anew; a clock that goes (its policy no longer has it) leaves the report. Each change moves
 * the monthly rollup by the difference, so the rollup is always the sum of the outcomes.
 */
@Repository
class SlaOutcomes {

  /** The rollup's dimensions besides the unit; ALL counts each clock once per unit. */
  enum Dimension { ALL, ASSIGNEE, CATEGORY, PRIORITY }

  private final DSLContext db;
  private final TenantsApi tenants;

  SlaOutcomes(DSLContext db, TenantsApi tenants) {
    this.db = db;
    this.tenants = tenants;
  }

  /** A decided clock as the report counts it; {@code bucket} is its minutes' histogram bucket once it stopped. */
  record Outcome(UUID clock, SlaClockKind kind, LocalDate decidedOn, UUID unit, UUID assignee, UUID category,
      UUID priority, boolean breached, Integer bucket) {
  }

  /** What decides a clock's outcome now: its state and times, and its complaint's groups. */
  record Facts(UUID clock, SlaClockKind kind, boolean stopped, boolean breached, Instant breachedAt,
      Instant stoppedAt, Integer bucket, UUID unit, UUID assignee, UUID category, UUID priority) {
  }

  /**
   * The outcome a clock has now, given the one counted before ({@code counted}, null if none). The same decision
   * (breached before and now, or met before and now) keeps its day and groups; a new one takes the moment it was
   * made and the complaint's groups now.
   */
  static Outcome decide(Facts f, Outcome counted, Supplier<ZoneId> zone) {
    if (!f.breached() && !f.stopped()) {
      return null;
    }
    Integer bucket = f.stopped() ? f.bucket() : null;
    if (counted != null && counted.breached() == f.breached()) {
      return new Outcome(f.clock(), f.kind(), counted.decidedOn(), counted.unit(), counted.assignee(),
          counted.category(), counted.priority(), f.breached(), bucket);
    }
    Instant at = f.breached() ? earliest(f.breachedAt(), f.stoppedAt()) : f.stoppedAt();
    return new Outcome(f.clock(), f.kind(), at.atZone(zone.get()).toLocalDate(), f.unit(), f.assignee(),
        f.category(), f.priority(), f.breached(), bucket);
  }

  private static Instant earliest(Instant a, Instant b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  /**
   * After the complaint's clocks changed: decides each clock's outcome again, stores what changed and moves the
   * rollup by the difference. The caller holds the clocks' row locks (or is the job that claimed them).
   */
  void recount(TenantId tenant, ComplaintId complaint) {
    Map<UUID, Outcome> counted = new HashMap<>();
    db.selectFrom(SLA_OUTCOME)
        .where(SLA_OUTCOME.TENANT_ID.eq(tenant.value()), SLA_OUTCOME.COMPLAINT_ID.eq(complaint.value()))
        .forUpdate()
        .forEach(r -> counted.put(r.getClockId(), outcome(r)));
    Field<Short> bucket = DSL.function(DSL.name("complaints", "sla_minutes_bucket"), SQLDataType.SMALLINT,
        SLA_CLOCK.USED_SECONDS.div(60));
    List<Facts> facts = db.select(SLA_CLOCK.ID, SLA_CLOCK.KIND, SLA_CLOCK.STATE, SLA_CLOCK.OUTCOME,
            SLA_CLOCK.BREACHED_AT, SLA_CLOCK.STOPPED_AT, bucket, COMPLAINT.UNIT_ID, COMPLAINT.ASSIGNEE_ID,
            COMPLAINT.CATEGORY_ID, COMPLAINT.PRIORITY_ID)
        .from(SLA_CLOCK).join(COMPLAINT)
        .on(COMPLAINT.TENANT_ID.eq(SLA_CLOCK.TENANT_ID), COMPLAINT.ID.eq(SLA_CLOCK.COMPLAINT_ID))
        .where(SLA_CLOCK.TENANT_ID.eq(tenant.value()), SLA_CLOCK.COMPLAINT_ID.eq(complaint.value()))
        .fetch(r -> new Facts(r.value1(), SlaClockKind.valueOf(r.value2()),
            SlaClock.State.STOPPED.name().equals(r.value3()),
            r.value5() != null || SlaClock.Outcome.BREACHED.name().equals(r.value4()),
            SlaClocks.instant(r.value5()), SlaClocks.instant(r.value6()),
            r.value7() == null ? null : r.value7().intValue(), r.value8(), r.value9(), r.value10(), r.value11()));
    Supplier<ZoneId> zone = new Supplier<>() {
      private ZoneId known;

      @Override
      public ZoneId get() {
        if (known == null) {
          known = tenants.defaultWorkingCalendar().zone();
        }
        return known;
      }
    };
    Deltas deltas = new Deltas();
    for (Facts f : facts) {
      Outcome before = counted.remove(f.clock());
      Outcome now = decide(f, before, zone);
      if (!Objects.equals(before, now)) {
        deltas.move(before, -1);
        deltas.move(now, 1);
        if (now == null) {
          delete(tenant, before.clock());
        } else {
          store(tenant, complaint, now);
        }
      }
    }
    for (Outcome gone : counted.values()) {
      deltas.move(gone, -1);
      delete(tenant, gone.clock());
    }
    deltas.apply(tenant);
  }

  /**
   * Computes the tenant's outcomes and rollup from its clocks if that was asked for (by the migration that brought
   * them, for the clocks decided before), once across instances: the request is deleted in the same transaction.
   */
  boolean rebuildIfRequested(TenantId tenant) {
    if (db.deleteFrom(SLA_REBUILD).where(SLA_REBUILD.TENANT_ID.eq(tenant.value())).execute() == 0) {
      return false;
    }
    db.execute("select complaints.rebuild_sla_outcomes({0}, {1})", DSL.val(tenant.value()),
        DSL.val(tenants.defaultWorkingCalendar().zone().getId()));
    return true;
  }

  private void store(TenantId tenant, ComplaintId complaint, Outcome o) {
    Map<Field<?>, Object> values = Map.of(
        SLA_OUTCOME.KIND, o.kind().name(),
        SLA_OUTCOME.DECIDED_ON, o.decidedOn(),
        SLA_OUTCOME.UNIT_ID, DSL.val(o.unit(), SLA_OUTCOME.UNIT_ID),
        SLA_OUTCOME.ASSIGNEE_ID, DSL.val(o.assignee(), SLA_OUTCOME.ASSIGNEE_ID),
        SLA_OUTCOME.CATEGORY_ID, DSL.val(o.category(), SLA_OUTCOME.CATEGORY_ID),
        SLA_OUTCOME.PRIORITY_ID, DSL.val(o.priority(), SLA_OUTCOME.PRIORITY_ID),
        SLA_OUTCOME.BREACHED, o.breached(),
        SLA_OUTCOME.MINUTES_BUCKET, DSL.val(o.bucket() == null ? null : o.bucket().shortValue(),
            SLA_OUTCOME.MINUTES_BUCKET));
    db.insertInto(SLA_OUTCOME)
        .set(SLA_OUTCOME.TENANT_ID, tenant.value())
        .set(SLA_OUTCOME.CLOCK_ID, o.clock())
        .set(SLA_OUTCOME.COMPLAINT_ID, complaint.value())
        .set(values)
        .onConflict(SLA_OUTCOME.TENANT_ID, SLA_OUTCOME.CLOCK_ID).doUpdate()
        .set(values)
        .execute();
  }

  private void delete(TenantId tenant, UUID clock) {
    db.deleteFrom(SLA_OUTCOME).where(SLA_OUTCOME.TENANT_ID.eq(tenant.value()), SLA_OUTCOME.CLOCK_ID.eq(clock))
        .execute();
  }

  private static Outcome outcome(SlaOutcomeRecord r) {
    return new Outcome(r.getClockId(), SlaClockKind.valueOf(r.getKind()), r.getDecidedOn(), r.getUnitId(),
        r.getAssigneeId(), r.getCategoryId(), r.getPriorityId(), r.getBreached(),
        r.getMinutesBucket() == null ? null : r.getMinutesBucket().intValue());
  }

  /** One row of the monthly rollup: of a unit (null: none), or over all units. */
  record RollupKey(LocalDate month, SlaClockKind kind, boolean allUnits, UUID unit, Dimension dimension,
      UUID dimensionId) {

    /** The order rows are written in, the same in every transaction, so two writers cannot deadlock. */
    static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::month)
        .thenComparing(RollupKey::kind).thenComparing(RollupKey::dimension).thenComparing(RollupKey::allUnits)
        .thenComparing(k -> Objects.toString(k.unit(), "")).thenComparing(k -> Objects.toString(k.dimensionId(), ""));
  }

  /** How the rollup moves: counts and histogram per row. */
  private final class Deltas {

    private final Map<RollupKey, int[]> met = new TreeMap<>(RollupKey.ORDER);
    private final Map<RollupKey, int[]> histograms = new HashMap<>();

    void move(Outcome o, int sign) {
      if (o == null) {
        return;
      }
      LocalDate month = o.decidedOn().withDayOfMonth(1);
      for (Dimension d : Dimension.values()) {
        UUID id = switch (d) {
          case ALL -> null;
          case ASSIGNEE -> o.assignee();
          case CATEGORY -> o.category();
          case PRIORITY -> o.priority();
        };
        count(new RollupKey(month, o.kind(), false, o.unit(), d, id), o, sign);
        count(new RollupKey(month, o.kind(), true, null, d, id), o, sign);
      }
    }

    private void count(RollupKey key, Outcome o, int sign) {
      int[] counts = met.computeIfAbsent(key, k -> new int[2]);
      counts[o.breached() ? 1 : 0] += sign;
      if (o.bucket() != null) {
        int[] h = histograms.computeIfAbsent(key, k -> new int[0]);
        if (h.length <= o.bucket()) {
          h = Arrays.copyOf(h, o.bucket() + 1);
          histograms.put(key, h);
        }
        h[o.bucket()] += sign;
      }
    }

    void apply(TenantId tenant) {
      InsertValuesStep10<SlaRollupRecord, UUID, LocalDate, String, Boolean, UUID, String, UUID, Integer, Integer,
          Integer[]> insert = null;
      for (var e : met.entrySet()) {
        RollupKey k = e.getKey();
        int[] h = histograms.getOrDefault(k, new int[0]);
        if (e.getValue()[0] == 0 && e.getValue()[1] == 0 && Arrays.stream(h).allMatch(c -> c == 0)) {
          continue; // a change that leaves this row as it was
        }
        if (insert == null) {
          insert = db.insertInto(SLA_ROLLUP, SLA_ROLLUP.TENANT_ID, SLA_ROLLUP.MONTH, SLA_ROLLUP.KIND,
              SLA_ROLLUP.ALL_UNITS, SLA_ROLLUP.UNIT_ID, SLA_ROLLUP.DIMENSION, SLA_ROLLUP.DIMENSION_ID, SLA_ROLLUP.MET,
              SLA_ROLLUP.BREACHED, SLA_ROLLUP.MINUTES);
        }
        insert = insert.values(tenant.value(), k.month(), k.kind().name(), k.allUnits(), k.unit(), k.dimension().name(),
            k.dimensionId(), e.getValue()[0], e.getValue()[1], Arrays.stream(h).boxed().toArray(Integer[]::new));
      }
      if (insert == null) {
        return;
      }
      insert.onConflict(SLA_ROLLUP.TENANT_ID, SLA_ROLLUP.MONTH, SLA_ROLLUP.KIND, SLA_ROLLUP.DIMENSION,
              SLA_ROLLUP.ALL_UNITS, SLA_ROLLUP.UNIT_ID, SLA_ROLLUP.DIMENSION_ID)
          .doUpdate()
          .set(SLA_ROLLUP.MET, SLA_ROLLUP.MET.plus(DSL.excluded(SLA_ROLLUP.MET)))
          .set(SLA_ROLLUP.BREACHED, SLA_ROLLUP.BREACHED.plus(DSL.excluded(SLA_ROLLUP.BREACHED)))
          .set(SLA_ROLLUP.MINUTES, DSL.function(DSL.name("complaints", "sla_histogram_add"),
              SLA_ROLLUP.MINUTES.getDataType(), SLA_ROLLUP.MINUTES, DSL.excluded(SLA_ROLLUP.MINUTES)))
          .execute();
    }
  }
}

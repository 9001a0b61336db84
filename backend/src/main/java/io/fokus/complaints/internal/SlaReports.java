package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.SLA_OUTCOME;
import static fokus.db.complaints.Tables.SLA_ROLLUP;

import io.fokus.complaints.SlaClockKind;
import io.fokus.complaints.internal.SlaOutcomes.Dimension;
import io.fokus.platform.stats.LogHistogram;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.time.PeriodSplit;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Counts of decided SLA clocks (see {@link SlaOutcomes}) in a period of days: the whole calendar months inside it
 * from the monthly rollup (its rows over all units for a tenant-wide report), the days at its edges from the
 * outcomes themselves, so the cost stays the same however long the history or the period. What a member sees only as assignee, beyond their units, comes from the outcomes.
 */
@Repository
class SlaReports {

  private final DSLContext db;

  SlaReports(DSLContext db) {
    this.db = db;
  }

  /** One group and clock: how many met and breached, and the median working minutes of the stopped ones. */
  record Row(String group, SlaClockKind kind, long met, long breached, Double medianMinutes) {
  }

  List<Row> rows(TenantId tenant, Complaints.Visibility visibility, LocalDate from, LocalDate to,
      SlaService.ReportGroup groupBy) {
    Map<Key, Acc> groups = new TreeMap<>(Key.ORDER);
    PeriodSplit split = PeriodSplit.of(from, to);
    if (split.monthsFrom() != null) {
      // over all units where the caller sees all and the groups are not units: a row per month and group
      Condition rows = visibility.all() && groupBy != SlaService.ReportGroup.UNIT ? SLA_ROLLUP.ALL_UNITS.isTrue()
          : SLA_ROLLUP.ALL_UNITS.isFalse().and(visibility.byUnit(SLA_ROLLUP.UNIT_ID));
      fromRollup(tenant, rows, split, groupBy, groups);
    }
    for (LocalDate[] days : split.days()) {
      fromOutcomes(tenant, visibility.byUnit(SLA_OUTCOME.UNIT_ID).and(within(days[0], days[1])), groupBy, groups);
    }
    Condition beyondUnits = visibility.asAssigneeBeyondUnits(SLA_OUTCOME.UNIT_ID, SLA_OUTCOME.ASSIGNEE_ID);
    if (beyondUnits != null) {
      fromOutcomes(tenant, beyondUnits.and(within(from, to)), groupBy, groups);
    }
    return groups.entrySet().stream()
        .map(e -> new Row(e.getKey().group(), e.getKey().kind(), e.getValue().met, e.getValue().breached,
            e.getValue().minutes.median()))
        .toList();
  }

  private static Condition within(LocalDate from, LocalDate to) {
    Condition c = DSL.trueCondition();
    if (from != null) {
      c = c.and(SLA_OUTCOME.DECIDED_ON.ge(from));
    }
    if (to != null) {
      c = c.and(SLA_OUTCOME.DECIDED_ON.le(to));
    }
    return c;
  }

  private void fromRollup(TenantId tenant, Condition visible, PeriodSplit split, SlaService.ReportGroup groupBy,
      Map<Key, Acc> groups) {
    Field<String> group = switch (groupBy) {
      case UNIT -> SLA_ROLLUP.UNIT_ID.cast(SQLDataType.VARCHAR);
      case MONTH -> DSL.field("to_char({0}, 'YYYY-MM')", String.class, SLA_ROLLUP.MONTH);
      case ASSIGNEE, CATEGORY, PRIORITY -> SLA_ROLLUP.DIMENSION_ID.cast(SQLDataType.VARCHAR);
    };
    Dimension dimension = switch (groupBy) {
      case UNIT, MONTH -> Dimension.ALL;
      case ASSIGNEE -> Dimension.ASSIGNEE;
      case CATEGORY -> Dimension.CATEGORY;
      case PRIORITY -> Dimension.PRIORITY;
    };
    Condition months = SLA_ROLLUP.TENANT_ID.eq(tenant.value()).and(SLA_ROLLUP.DIMENSION.eq(dimension.name()))
        .and(visible);
    if (!split.monthsFrom().equals(LocalDate.MIN)) {
      months = months.and(SLA_ROLLUP.MONTH.ge(split.monthsFrom()));
    }
    if (!split.monthsEnd().equals(LocalDate.MAX)) {
      months = months.and(SLA_ROLLUP.MONTH.lt(split.monthsEnd()));
    }
    db.select(group, SLA_ROLLUP.KIND, SLA_ROLLUP.MET, SLA_ROLLUP.BREACHED, SLA_ROLLUP.MINUTES)
        .from(SLA_ROLLUP).where(months)
        .forEach(r -> {
          Acc acc = groups.computeIfAbsent(new Key(r.value1(), SlaClockKind.valueOf(r.value2())), k -> new Acc());
          acc.met += r.value3();
          acc.breached += r.value4();
          acc.minutes.add(r.value5());
        });
  }

  private void fromOutcomes(TenantId tenant, Condition where, SlaService.ReportGroup groupBy, Map<Key, Acc> groups) {
    Field<String> group = switch (groupBy) {
      case UNIT -> SLA_OUTCOME.UNIT_ID.cast(SQLDataType.VARCHAR);
      case MONTH -> DSL.field("to_char({0}, 'YYYY-MM')", String.class, SLA_OUTCOME.DECIDED_ON);
      case ASSIGNEE -> SLA_OUTCOME.ASSIGNEE_ID.cast(SQLDataType.VARCHAR);
      case CATEGORY -> SLA_OUTCOME.CATEGORY_ID.cast(SQLDataType.VARCHAR);
      case PRIORITY -> SLA_OUTCOME.PRIORITY_ID.cast(SQLDataType.VARCHAR);
    };
    db.select(group, SLA_OUTCOME.KIND, SLA_OUTCOME.BREACHED, SLA_OUTCOME.MINUTES_BUCKET, DSL.count())
        .from(SLA_OUTCOME)
        .where(SLA_OUTCOME.TENANT_ID.eq(tenant.value()).and(where))
        .groupBy(group, SLA_OUTCOME.KIND, SLA_OUTCOME.BREACHED, SLA_OUTCOME.MINUTES_BUCKET)
        .forEach(r -> {
          Acc acc = groups.computeIfAbsent(new Key(r.value1(), SlaClockKind.valueOf(r.value2())), k -> new Acc());
          if (r.value3()) {
            acc.breached += r.value5();
          } else {
            acc.met += r.value5();
          }
          if (r.value4() != null) {
            acc.minutes.add(r.value4(), r.value5());
          }
        });
  }

  /** A group of the report and a clock kind; groups in order, none (null) last. */
  private record Key(String group, SlaClockKind kind) {
    static final Comparator<Key> ORDER = Comparator.comparing(Key::group,
        Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(Key::kind);
  }

  private static final class Acc {
    long met;
    long breached;
    final LogHistogram minutes = new LogHistogram();
  }
}

package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.COMPLAINT;
import static fokus.db.complaints.Tables.SLA_CLOCK;

import io.fokus.complaints.SlaClockKind;
import io.fokus.platform.tenancy.TenantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

/**
 * Counts of decided SLA clocks. A clock is decided when it breaches (its outcome cannot become met any more) or when
 * it stops within its target; it counts in the period of that moment. A resolution clock that reopens and stops
 * again counts once, at its last stop.
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

  List<Row> rows(TenantId tenant, Complaints.Visibility visibility, Instant from, Instant to,
      SlaService.ReportGroup groupBy, ZoneId zone) {
    Field<OffsetDateTime> decidedAt = DSL.coalesce(SLA_CLOCK.BREACHED_AT, SLA_CLOCK.STOPPED_AT);
    Condition breached = SLA_CLOCK.BREACHED_AT.isNotNull().or(SLA_CLOCK.OUTCOME.eq(SlaClock.Outcome.BREACHED.name()));
    Field<String> group = switch (groupBy) {
      case UNIT -> COMPLAINT.UNIT_ID.cast(SQLDataType.VARCHAR);
      case ASSIGNEE -> COMPLAINT.ASSIGNEE_ID.cast(SQLDataType.VARCHAR);
      case CATEGORY -> COMPLAINT.CATEGORY_ID.cast(SQLDataType.VARCHAR);
      case PRIORITY -> COMPLAINT.PRIORITY_ID.cast(SQLDataType.VARCHAR);
      case MONTH -> DSL.field("to_char({0} at time zone {1}, 'YYYY-MM')", String.class, decidedAt,
          DSL.inline(zone.getId()));
    };
    Condition where = SLA_CLOCK.TENANT_ID.eq(tenant.value())
        .and(SLA_CLOCK.BREACHED_AT.isNotNull().or(SLA_CLOCK.STOPPED_AT.isNotNull()))
        .and(visibility.condition());
    if (from != null) {
      where = where.and(decidedAt.ge(SlaClocks.at(from)));
    }
    if (to != null) {
      where = where.and(decidedAt.lt(SlaClocks.at(to)));
    }
    Field<Integer> met = DSL.count().filterWhere(DSL.not(breached));
    Field<Integer> breaches = DSL.count().filterWhere(breached);
    Field<Double> median = DSL.field("percentile_cont(0.5) within group (order by {0}) filter (where {1})",
        Double.class, SLA_CLOCK.USED_SECONDS.div(60.0), SLA_CLOCK.STATE.eq(SlaClock.State.STOPPED.name()));
    return db.select(group, SLA_CLOCK.KIND, met, breaches, median)
        .from(SLA_CLOCK).join(COMPLAINT)
        .on(COMPLAINT.TENANT_ID.eq(SLA_CLOCK.TENANT_ID), COMPLAINT.ID.eq(SLA_CLOCK.COMPLAINT_ID))
        .where(where)
        .groupBy(group, SLA_CLOCK.KIND)
        .orderBy(group.asc().nullsLast(), SLA_CLOCK.KIND)
        .fetch(r -> new Row(r.value1(), SlaClockKind.valueOf(r.value2()), r.value3(), r.value4(), r.value5()));
  }
}

package io.fokus.promises.internal;

import static fokus.db.promises.Tables.KEPT_DAILY;
import static fokus.db.promises.Tables.KEPT_ROLLUP;

import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.stats.LogHistogram;
import io.fokus.platform.stats.TwoSample;
import io.fokus.platform.stats.Wilson;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.time.PeriodSplit;
import io.fokus.promises.PromiseSource;
import io.fokus.promises.PromiseStatus;
import io.fokus.surveys.Score;
import io.fokus.surveys.ScoreBucket;
import io.fokus.surveys.SurveyScores;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The kept rate (DESIGN.md §9: kept / (kept + broken), with a 95% Wilson interval and n) per owner, unit, source or
 * month, the renegotiation rate and the median lateness of broken promises fulfilled late; and the customers' scores
 * after kept versus broken promises, with a two-sample test. Whole months come from the rollup, the days at the
 * edges of a period from the promises, so the cost does not grow with the history. Groups of fewer than five decided
 * promises are suppressed.
 */
@Service
public class PromiseStats {

  /** Groups under this many decided promises (or answers) show no rate. */
  static final int MIN_GROUP = 5;

  public enum GroupBy {
    OWNER, UNIT, SOURCE, MONTH
  }

  /** The counts of one group. */
  record Counts(long kept, long broken, long cancelled, long renegotiated, long fulfilledLate, long npsPromotersKept,
      long npsPassivesKept, long npsDetractorsKept, long npsPromotersBroken, long npsPassivesBroken,
      long npsDetractorsBroken, long csatSatisfiedKept, long csatTotalKept, long csatSatisfiedBroken,
      long csatTotalBroken) {
  }

  /**
   * A row of the kept-rate view: the group's key and label, counts, the rate with its interval (percent; null when
   * suppressed), the renegotiation rate among decided promises and the median lateness in hours.
   */
  public record KeptRateRow(String key, String label, long kept, long broken, long decided, long cancelled, Double rate,
      Double low, Double high, boolean suppressed, long renegotiated, Double renegotiationRate, long fulfilledLate,
      Double medianLatenessHours) {
  }

  public record KeptRate(LocalDate from, LocalDate to, GroupBy groupBy, KeptRateRow total, List<KeptRateRow> rows, String method) {
  }

  /** Scores of customers after kept and after broken promises, and whether they differ (null when suppressed). */
  public record AfterScoreComparison(Score kept, Score broken, TwoSample.Difference difference) {
  }

  public record AfterScores(LocalDate from, LocalDate to, int windowDays, AfterScoreComparison nps, AfterScoreComparison csat) {
  }

  private final DSLContext db;
  private final PromiseService service;
  private final TenantsApi tenants;
  private final SurveyScores scores;
  private final Clock clock;

  PromiseStats(DSLContext db, PromiseService service, TenantsApi tenants, SurveyScores scores, Clock clock) {
    this.db = db;
    this.service = service;
    this.tenants = tenants;
    this.scores = scores;
    this.clock = clock;
  }

  /** The period asked for, or the last twelve whole months and this month so far. */
  LocalDate[] period(LocalDate from, LocalDate to) {
    LocalDate today = service.schedule().dayOf(clock.instant());
    LocalDate last = to == null ? today : to;
    LocalDate first = from == null ? YearMonth.from(last).minusMonths(12).atDay(1) : from;
    if (first.isAfter(last)) {
      throw new InvalidException("from", "must not be after to");
    }
    return new LocalDate[] {first, last};
  }

  @Transactional(readOnly = true)
  public KeptRate keptRate(PromiseService.Actor actor, GroupBy groupBy, LocalDate from, LocalDate to, UUID unitId) {
    TenantId tenant = Tenancy.requireTenant();
    LocalDate[] period = period(from, to);
    Promises.Visibility visibility = service.visibility(actor);
    Set<UnitId> unitFilter = unitFilter(unitId);
    Map<String, LogHistogram> late = new HashMap<>();
    Map<String, long[]> groups = counts(tenant, visibility, unitFilter, groupBy, period[0], period[1], late);
    LogHistogram allLate = new LogHistogram();
    late.values().forEach(allLate::add);
    Map<String, String> labels = labels(groupBy, groups.keySet());
    long[] sum = new long[16];
    groups.values().forEach(c -> {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += c[i];
      }
    });
    List<KeptRateRow> rows = new ArrayList<>();
    groups.forEach((key, c) -> rows.add(row(key, labels.getOrDefault(key, key), c, hours(late.get(key)))));
    if (groupBy == GroupBy.MONTH) {
      // every month of the period, empty ones too, oldest first: the trend
      Map<String, KeptRateRow> byMonth = rows.stream().collect(Collectors.toMap(KeptRateRow::key, r -> r));
      rows.clear();
      for (YearMonth m = YearMonth.from(period[0]); !m.isAfter(YearMonth.from(period[1])); m = m.plusMonths(1)) {
        String key = m.toString();
        rows.add(byMonth.getOrDefault(key, row(key, key, new long[16], null)));
      }
    } else {
      rows.sort(Comparator.comparingLong(KeptRateRow::decided).reversed().thenComparing(KeptRateRow::label));
    }
    return new KeptRate(period[0], period[1], groupBy, row(null, "total", sum, hours(allLate)), rows,
        "kept / (kept + broken), 95% Wilson interval; groups under " + MIN_GROUP + " decided promises suppressed");
  }

  @Transactional(readOnly = true)
  public AfterScores afterScores(PromiseService.Actor actor, LocalDate from, LocalDate to, UUID unitId) {
    TenantId tenant = Tenancy.requireTenant();
    LocalDate[] period = period(from, to);
    long[] c = counts(tenant, service.visibility(actor), unitFilter(unitId), null, period[0], period[1], null)
        .getOrDefault(TOTAL, new long[16]);
    // indices: see counts()
    ScoreBucket.Nps npsKept = new ScoreBucket.Nps(c[5], c[6], c[7], c[5] + c[6] + c[7]);
    ScoreBucket.Nps npsBroken = new ScoreBucket.Nps(c[8], c[9], c[10], c[8] + c[9] + c[10]);
    ScoreBucket.Csat csatKept = new ScoreBucket.Csat(c[11], c[12]);
    ScoreBucket.Csat csatBroken = new ScoreBucket.Csat(c[13], c[14]);
    Score nk = scores.nps(npsKept);
    Score nb = scores.nps(npsBroken);
    Score ck = scores.csat(csatKept);
    Score cb = scores.csat(csatBroken);
    TwoSample.Difference npsDiff = nk.suppressed() || nb.suppressed() ? null
        : TwoSample.nps(npsKept.promoters(), npsKept.detractors(), npsKept.total(), npsBroken.promoters(),
            npsBroken.detractors(), npsBroken.total());
    TwoSample.Difference csatDiff = ck.suppressed() || cb.suppressed() ? null
        : TwoSample.proportions(csatKept.satisfied(), csatKept.total(), csatBroken.satisfied(), csatBroken.total());
    return new AfterScores(period[0], period[1], PromiseListeners.WINDOW_DAYS, new AfterScoreComparison(nk, nb, npsDiff),
        new AfterScoreComparison(ck, cb, csatDiff));
  }

  private Set<UnitId> unitFilter(UUID unitId) {
    if (unitId == null) {
      return null;
    }
    Set<UnitId> units = tenants.unitAndSubunits(new UnitId(unitId));
    if (units.isEmpty()) {
      throw new InvalidException("unitId", "is not a unit of the tenant");
    }
    return units;
  }

  static KeptRateRow row(String key, String label, long[] c, Double medianLatenessHours) {
    long kept = c[0];
    long broken = c[1];
    long decided = kept + broken;
    boolean suppressed = decided < MIN_GROUP;
    Wilson.Interval rate = suppressed ? null : Wilson.of(kept, decided);
    return new KeptRateRow(key, label, kept, broken, decided, c[2], rate == null ? null : 100 * rate.value(),
        rate == null ? null : 100 * rate.low(), rate == null ? null : 100 * rate.high(), suppressed, c[3],
        suppressed ? null : 100.0 * c[3] / decided, c[4], medianLatenessHours);
  }

  private static final String TOTAL = "";

  /**
   * Per group: kept, broken, cancelled, renegotiated (decided ones), fulfilled late, NPS promoters/passives/detractors
   * after kept, the same after broken, CSAT satisfied/answers after kept, the same after broken. With {@code late}
   * (null: not needed), also each group's lateness histogram.
   */
  Map<String, long[]> counts(TenantId tenant, Promises.Visibility visibility, Set<UnitId> units, GroupBy groupBy,
      LocalDate from, LocalDate to, Map<String, LogHistogram> late) {
    Map<String, long[]> groups = new HashMap<>();
    PeriodSplit split = PeriodSplit.of(from, to);
    if (split.monthsFrom() != null) {
      sum(groups, late, tenant, visibility, units, groupBy, KEPT_ROLLUP, KEPT_ROLLUP.MONTH, split.monthsFrom(),
          split.monthsEnd());
    }
    for (LocalDate[] days : split.days()) {
      sum(groups, late, tenant, visibility, units, groupBy, KEPT_DAILY, KEPT_DAILY.DAY, days[0],
          days[1].plusDays(1));
    }
    return groups;
  }

  /** The median of a lateness histogram in hours; null when it holds no promise. */
  private static Double hours(LogHistogram late) {
    Double minutes = late == null ? null : late.median();
    return minutes == null ? null : minutes / 60.0;
  }

  /** Adds the sums of a rollup table's rows of the periods [from, end) to the groups. */
  private void sum(Map<String, long[]> groups, Map<String, LogHistogram> late, TenantId tenant,
      Promises.Visibility visibility, Set<UnitId> units, GroupBy groupBy, Table<?> table, Field<LocalDate> period, LocalDate from, LocalDate end) {
    Field<UUID> unit = table.field("unit_id", UUID.class);
    Field<String> outcome = table.field("outcome", String.class);
    Field<String> key = rollupKey(groupBy, table, period);
    Condition where = table.field("tenant_id", UUID.class).eq(tenant.value())
        .and(visibility.condition(unit, table.field("owner_id", UUID.class)))
        .and(period.ge(from)).and(period.lt(end));
    if (units != null) {
      where = where.and(unit.in(units.stream().map(UnitId::value).toList()));
    }
    List<Field<?>> sums = new ArrayList<>(List.of(key, outcome));
    for (String counter : List.of("decided", "renegotiated", "fulfilled_late", "nps_promoters", "nps_passives",
        "nps_detractors", "csat_satisfied", "csat_total")) {
      sums.add(DSL.sum(table.field(counter, Integer.class)));
    }
    db.select(sums).from(table).where(where)
        .groupBy(groupBy == null ? List.of(outcome) : List.of(key, outcome))
        .forEach(r -> add(groups, r.get(0, String.class), r.get(1, String.class), r.get(2, Long.class),
            r.get(3, Long.class), r.get(4, Long.class), r.get(5, Long.class), r.get(6, Long.class),
            r.get(7, Long.class), r.get(8, Long.class), r.get(9, Long.class)));
    if (late == null) {
      return;
    }
    // the lateness histograms, summed bucket by bucket in one set-based query over the rows that have one (a few
    // buckets each)
    Field<JSONB> lateMinutes = table.field("late_minutes", JSONB.class);
    Table<?> buckets = DSL.table("jsonb_each_text({0})", lateMinutes).as("h", "b", "n");
    Field<Integer> bucket = DSL.field("{0}::int", Integer.class, DSL.field(DSL.name("h", "b")));
    Field<Long> n = DSL.field("{0}::bigint", Long.class, DSL.field(DSL.name("h", "n")));
    db.select(key, bucket, DSL.sum(n)).from(table).crossJoin(buckets)
        .where(where.and(DSL.field("{0} <> '{}'::jsonb", Boolean.class, lateMinutes)))
        .groupBy(groupBy == null ? List.of(bucket) : List.of(key, bucket))
        .forEach(r -> {
          long count = r.value3() == null ? 0 : r.value3().longValue();
          if (count != 0) {
            late.computeIfAbsent(r.value1() == null ? TOTAL : r.value1(), x -> new LogHistogram())
                .add(r.value2(), count);
          }
        });
  }

  private static void add(Map<String, long[]> groups, String key, String outcome, long decided, long renegotiated,
      long fulfilledLate, long promoters, long passives, long detractors, long satisfied, long csatTotal) {
    long[] c = groups.computeIfAbsent(key == null ? TOTAL : key, k -> new long[16]);
    PromiseStatus status = PromiseStatus.valueOf(outcome);
    if (status == PromiseStatus.CANCELLED) {
      c[2] += decided;
      return;
    }
    boolean kept = status == PromiseStatus.KEPT;
    c[kept ? 0 : 1] += decided;
    c[3] += renegotiated;
    c[4] += fulfilledLate;
    int nps = kept ? 5 : 8;
    c[nps] += promoters;
    c[nps + 1] += passives;
    c[nps + 2] += detractors;
    int csat = kept ? 11 : 13;
    c[csat] += satisfied;
    c[csat + 1] += csatTotal;
  }

  private static Field<String> rollupKey(GroupBy groupBy, Table<?> table, Field<LocalDate> period) {
    if (groupBy == null) {
      return DSL.inline(TOTAL);
    }
    return switch (groupBy) {
      case OWNER -> table.field("owner_id", UUID.class).cast(SQLDataType.VARCHAR);
      case UNIT -> table.field("unit_id", UUID.class).cast(SQLDataType.VARCHAR);
      case SOURCE -> table.field("source_kind", String.class);
      case MONTH -> DSL.field("to_char({0}, 'YYYY-MM')", String.class, period);
    };
  }

  /** What people read for each group: member and unit names, the source kinds, the months. */
  private Map<String, String> labels(GroupBy groupBy, Set<String> keys) {
    Map<String, String> labels = new HashMap<>();
    List<String> ids = keys.stream().filter(k -> !k.equals(TOTAL)).toList();
    switch (groupBy) {
      case OWNER -> tenants.memberNames(ids.stream().map(k -> new MemberId(UUID.fromString(k))).toList())
          .forEach((id, name) -> labels.put(id.value().toString(), name));
      case UNIT -> tenants.unitNames(ids.stream().map(k -> new UnitId(UUID.fromString(k))).toList())
          .forEach((id, name) -> labels.put(id.value().toString(), name));
      case SOURCE -> ids.forEach(k -> labels.put(k, PromiseSource.Kind.valueOf(k).name()));
      case MONTH -> ids.forEach(k -> labels.put(k, k));
    }
    if (keys.contains(TOTAL)) {
      labels.put(TOTAL, groupBy == GroupBy.UNIT ? "(no unit)" : "");
    }
    return labels;
  }
}

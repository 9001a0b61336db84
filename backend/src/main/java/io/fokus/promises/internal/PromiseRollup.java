package io.fokus.promises.internal;

import static fokus.db.promises.Tables.KEPT_DAILY;
import static fokus.db.promises.Tables.KEPT_ROLLUP;

import io.fokus.platform.stats.LogHistogram;
import io.fokus.platform.tenancy.TenantId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The kept-rate read model: what each decided promise adds to its month ({@code promises.kept_rollup}) and to its day
 * ({@code promises.kept_daily}), per unit, owner, source and outcome. Every change of a decided promise (decided,
 * fulfilled late, an answer attributed) takes back what the promise added before and adds what it adds now, in the
 * transaction of the change, with one statement per table; {@link #rebuild} computes the same from the promises. The
 * kept-rate view reads whole months from the monthly table and the days at a period's edges from the daily one.
 */
@Repository
class PromiseRollup {

  /** The counters of both tables, in the order of {@link #contribution}. */
  private static final List<String> COUNTERS = List.of("decided", "renegotiated", "fulfilled_late", "nps_promoters",
      "nps_passives", "nps_detractors", "csat_satisfied", "csat_total");

  /** One of the two tables: its period column and its fields by name. */
  private record Grain(Table<?> table, TableField<?, LocalDate> period, boolean monthly) {

    Field<?> field(String name) {
      return Objects.requireNonNull(table.field(name), name);
    }

    /** The key's columns: tenant, period, unit, owner, source, outcome. */
    List<Field<?>> key() {
      return List.of(field("tenant_id"), period, field("unit_id"), field("owner_id"), field("source_kind"),
          field("outcome"));
    }

    /** The key's columns and the counters. */
    List<Field<?>> columns() {
      List<Field<?>> columns = new ArrayList<>(key());
      COUNTERS.forEach(c -> columns.add(field(c)));
      return columns;
    }

    LocalDate periodOf(LocalDate day) {
      return monthly ? day.withDayOfMonth(1) : day;
    }
  }

  private static final Grain MONTHLY = new Grain(KEPT_ROLLUP, KEPT_ROLLUP.MONTH, true);
  private static final Grain DAILY = new Grain(KEPT_DAILY, KEPT_DAILY.DAY, false);

  /** A row's key; ordered, so that two transactions upserting the same keys lock them in the same order. */
  private record Key(LocalDate period, UUID unit, UUID owner, String source, String outcome)
      implements Comparable<Key> {

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::period)
        .thenComparing(Key::unit, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Key::owner).thenComparing(Key::source).thenComparing(Key::outcome);

    @Override
    public int compareTo(Key other) {
      return ORDER.compare(this, other);
    }
  }

  /** What a row adds up: the counters and the histogram of lateness (bucket → promises). */
  private static final class Sums {

    final int[] counters = new int[COUNTERS.size()];
    final Map<Integer, Integer> late = new TreeMap<>();

    boolean zero() {
      return Arrays.stream(counters).allMatch(v -> v == 0) && late.values().stream().allMatch(v -> v == 0);
    }

    /** The histogram as stored: {"bucket": count} of the non-empty buckets. */
    JSONB histogram() {
      StringBuilder json = new StringBuilder("{");
      late.forEach((bucket, n) -> {
        if (n != 0) {
          json.append(json.length() > 1 ? "," : "").append('"').append(bucket).append("\":").append(n);
        }
      });
      return JSONB.valueOf(json.append('}').toString());
    }
  }

  private final DSLContext db;

  PromiseRollup(DSLContext db) {
    this.db = db;
  }

  /** Takes back what {@code before} added (null: nothing) and adds what {@code after} adds (null: nothing). */
  void change(TenantId tenant, Promise before, Promise after) {
    List<Promise> promises = new ArrayList<>();
    List<Integer> signs = new ArrayList<>();
    if (before != null && before.decidedOn() != null) {
      promises.add(before);
      signs.add(-1);
    }
    if (after != null && after.decidedOn() != null) {
      promises.add(after);
      signs.add(1);
    }
    apply(tenant, promises, signs);
  }

  /** Adds many newly decided promises, grouped first: a batch of the breaking job costs one statement per table. */
  void addAll(TenantId tenant, Collection<Promise> decided) {
    List<Promise> promises = List.copyOf(decided);
    apply(tenant, promises, promises.stream().map(p -> 1).toList());
  }

  private void apply(TenantId tenant, List<Promise> promises, List<Integer> signs) {
    for (Grain grain : List.of(MONTHLY, DAILY)) {
      Map<Key, Sums> sums = new TreeMap<>();
      for (int i = 0; i < promises.size(); i++) {
        Promise p = promises.get(i);
        int sign = signs.get(i);
        Sums s = sums.computeIfAbsent(new Key(grain.periodOf(p.decidedOn()),
            p.unit() == null ? null : p.unit().value(), p.owner().value(), p.source().kind().name(),
            p.status().name()), k -> new Sums());
        int[] c = contribution(p);
        for (int j = 0; j < c.length; j++) {
          s.counters[j] += sign * c[j];
        }
        Integer bucket = lateBucket(p);
        if (bucket != null) {
          s.late.merge(bucket, sign, Integer::sum);
        }
      }
      sums.values().removeIf(Sums::zero);
      upsert(tenant, grain, sums);
    }
  }

  /** The lateness bucket of a broken promise fulfilled late (minutes from due to fulfilment); null for others. */
  static Integer lateBucket(Promise p) {
    if (p.fulfilledLateAt() == null) {
      return null;
    }
    return LogHistogram.bucket(Duration.between(p.dueAt(), p.fulfilledLateAt()).toMinutes());
  }

  /** decided, renegotiated, fulfilled late, NPS promoters, passives, detractors, CSAT satisfied, CSAT answers. */
  private static int[] contribution(Promise p) {
    Integer nps = p.afterNps();
    Integer csat = p.afterCsat();
    return new int[] {1, p.renegotiations() > 0 ? 1 : 0, p.fulfilledLateAt() != null ? 1 : 0,
        nps != null && nps >= 9 ? 1 : 0, nps != null && nps >= 7 && nps <= 8 ? 1 : 0,
        nps != null && nps <= 6 ? 1 : 0, csat != null && csat >= 4 ? 1 : 0, csat != null ? 1 : 0};
  }

  @SuppressWarnings("unchecked")
  private void upsert(TenantId tenant, Grain grain, Map<Key, Sums> sums) {
    if (sums.isEmpty()) {
      return;
    }
    Field<JSONB> late = grain.table().field("late_minutes", JSONB.class);
    List<Field<?>> columns = new ArrayList<>(grain.columns());
    columns.add(late);
    var insert = db.insertInto(grain.table()).columns(columns);
    for (Map.Entry<Key, Sums> e : sums.entrySet()) {
      Key k = e.getKey();
      List<Object> values = new ArrayList<>(List.of(tenant.value(), k.period()));
      values.add(k.unit());
      values.addAll(List.of(k.owner(), k.source(), k.outcome()));
      for (int v : e.getValue().counters) {
        values.add(v);
      }
      values.add(e.getValue().histogram());
      insert = insert.values(values);
    }
    var update = insert.onConflict(grain.key()).doUpdate();
    Map<Field<?>, Field<?>> set = new LinkedHashMap<>();
    for (String name : COUNTERS) {
      Field<Integer> counter = (Field<Integer>) grain.field(name);
      set.put(counter, counter.plus(DSL.excluded(counter)));
    }
    set.put(late, DSL.function(DSL.name("promises", "histogram_add"), JSONB.class, late, DSL.excluded(late)));
    update.set(set).execute();
  }

  /** Computes the tenant's rollups from its promises again (the benchmark's fill, the test that compares both). */
  void rebuild(TenantId tenant) {
    db.execute("select promises.rebuild_kept_rollups({0})", DSL.val(tenant.value()));
  }
}

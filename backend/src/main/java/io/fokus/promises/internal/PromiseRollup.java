package io.fokus.promises.internal;

import static fokus.db.promises.Tables.KEPT_ROLLUP;
import static fokus.db.promises.Tables.PROMISE;

import io.fokus.platform.tenancy.TenantId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The kept-rate read model ({@code promises.kept_rollup}): what each decided promise adds to its month, unit, owner,
 * source and outcome. Every change of a decided promise (decided, fulfilled late, an answer attributed) takes back
 * what the promise added before and adds what it adds now, in the transaction of the change; {@link #rebuild}
 * computes the same from the promises.
 */
@Repository
class PromiseRollup {

  private final DSLContext db;

  PromiseRollup(DSLContext db) {
    this.db = db;
  }

  /** Takes back what {@code before} added (null: nothing) and adds what {@code after} adds (null: nothing). */
  void change(TenantId tenant, Promise before, Promise after) {
    if (before != null && before.decidedOn() != null) {
      add(tenant, before, -1);
    }
    if (after != null && after.decidedOn() != null) {
      add(tenant, after, 1);
    }
  }

  /** Adds many newly decided promises, grouped first, so a batch of the breaking job costs a few statements. */
  void addAll(TenantId tenant, Collection<Promise> decided) {
    record Key(LocalDate month, UUID unit, UUID owner, String source, String outcome) {
    }
    Map<Key, int[]> sums = new HashMap<>();
    for (Promise p : decided) {
      Key key = new Key(p.decidedOn().withDayOfMonth(1), p.unit() == null ? null : p.unit().value(),
          p.owner().value(), p.source().kind().name(), p.status().name());
      int[] s = sums.computeIfAbsent(key, k -> new int[8]);
      int[] c = contribution(p);
      for (int i = 0; i < c.length; i++) {
        s[i] += c[i];
      }
    }
    sums.forEach((k, s) -> upsert(tenant, k.month(), k.unit(), k.owner(), k.source(), k.outcome(), s));
  }

  private void add(TenantId tenant, Promise p, int sign) {
    int[] c = contribution(p);
    for (int i = 0; i < c.length; i++) {
      c[i] *= sign;
    }
    upsert(tenant, p.decidedOn().withDayOfMonth(1), p.unit() == null ? null : p.unit().value(), p.owner().value(),
        p.source().kind().name(), p.status().name(), c);
  }

  /** decided, renegotiated, fulfilled late, NPS promoters, passives, detractors, CSAT satisfied, CSAT answers. */
  private static int[] contribution(Promise p) {
    Integer nps = p.afterNps();
    Integer csat = p.afterCsat();
    return new int[] {1, p.renegotiations() > 0 ? 1 : 0, p.fulfilledLateAt() != null ? 1 : 0,
        nps != null && nps >= 9 ? 1 : 0, nps != null && nps >= 7 && nps <= 8 ? 1 : 0,
        nps != null && nps <= 6 ? 1 : 0, csat != null && csat >= 4 ? 1 : 0, csat != null ? 1 : 0};
  }

  private void upsert(TenantId tenant, LocalDate month, UUID unit, UUID owner,
      String source, String outcome, int[] c) {
    db.insertInto(KEPT_ROLLUP)
        .set(KEPT_ROLLUP.TENANT_ID, tenant.value())
        .set(KEPT_ROLLUP.MONTH, month)
        .set(KEPT_ROLLUP.UNIT_ID, unit)
        .set(KEPT_ROLLUP.OWNER_ID, owner)
        .set(KEPT_ROLLUP.SOURCE_KIND, source)
        .set(KEPT_ROLLUP.OUTCOME, outcome)
        .set(KEPT_ROLLUP.DECIDED, c[0])
        .set(KEPT_ROLLUP.RENEGOTIATED, c[1])
        .set(KEPT_ROLLUP.FULFILLED_LATE, c[2])
        .set(KEPT_ROLLUP.NPS_PROMOTERS, c[3])
        .set(KEPT_ROLLUP.NPS_PASSIVES, c[4])
        .set(KEPT_ROLLUP.NPS_DETRACTORS, c[5])
        .set(KEPT_ROLLUP.CSAT_SATISFIED, c[6])
        .set(KEPT_ROLLUP.CSAT_TOTAL, c[7])
        .onConflict(KEPT_ROLLUP.TENANT_ID, KEPT_ROLLUP.MONTH, KEPT_ROLLUP.UNIT_ID, KEPT_ROLLUP.OWNER_ID,
            KEPT_ROLLUP.SOURCE_KIND, KEPT_ROLLUP.OUTCOME)
        .doUpdate()
        .set(KEPT_ROLLUP.DECIDED, KEPT_ROLLUP.DECIDED.plus(c[0]))
        .set(KEPT_ROLLUP.RENEGOTIATED, KEPT_ROLLUP.RENEGOTIATED.plus(c[1]))
        .set(KEPT_ROLLUP.FULFILLED_LATE, KEPT_ROLLUP.FULFILLED_LATE.plus(c[2]))
        .set(KEPT_ROLLUP.NPS_PROMOTERS, KEPT_ROLLUP.NPS_PROMOTERS.plus(c[3]))
        .set(KEPT_ROLLUP.NPS_PASSIVES, KEPT_ROLLUP.NPS_PASSIVES.plus(c[4]))
        .set(KEPT_ROLLUP.NPS_DETRACTORS, KEPT_ROLLUP.NPS_DETRACTORS.plus(c[5]))
        .set(KEPT_ROLLUP.CSAT_SATISFIED, KEPT_ROLLUP.CSAT_SATISFIED.plus(c[6]))
        .set(KEPT_ROLLUP.CSAT_TOTAL, KEPT_ROLLUP.CSAT_TOTAL.plus(c[7]))
        .execute();
  }

  /** Computes the tenant's rollup from its promises again (the benchmark's fill, the test that compares both). */
  void rebuild(TenantId tenant) {
    db.deleteFrom(KEPT_ROLLUP).where(KEPT_ROLLUP.TENANT_ID.eq(tenant.value())).execute();
    var month = DSL.field("date_trunc('month', {0})::date", LocalDate.class, PROMISE.DECIDED_ON);
    db.insertInto(KEPT_ROLLUP, KEPT_ROLLUP.TENANT_ID, KEPT_ROLLUP.MONTH, KEPT_ROLLUP.UNIT_ID, KEPT_ROLLUP.OWNER_ID,
            KEPT_ROLLUP.SOURCE_KIND, KEPT_ROLLUP.OUTCOME, KEPT_ROLLUP.DECIDED, KEPT_ROLLUP.RENEGOTIATED,
            KEPT_ROLLUP.FULFILLED_LATE, KEPT_ROLLUP.NPS_PROMOTERS, KEPT_ROLLUP.NPS_PASSIVES,
            KEPT_ROLLUP.NPS_DETRACTORS, KEPT_ROLLUP.CSAT_SATISFIED, KEPT_ROLLUP.CSAT_TOTAL)
        .select(db.select(PROMISE.TENANT_ID, month, PROMISE.UNIT_ID, PROMISE.OWNER_ID, PROMISE.SOURCE_KIND,
                PROMISE.STATUS, DSL.count(),
                DSL.count().filterWhere(PROMISE.RENEGOTIATIONS.gt(0)),
                DSL.count().filterWhere(PROMISE.FULFILLED_LATE_AT.isNotNull()),
                DSL.count().filterWhere(PROMISE.AFTER_NPS.ge((short) 9)),
                DSL.count().filterWhere(PROMISE.AFTER_NPS.between((short) 7, (short) 8)),
                DSL.count().filterWhere(PROMISE.AFTER_NPS.le((short) 6)),
                DSL.count().filterWhere(PROMISE.AFTER_CSAT.ge((short) 4)),
                DSL.count().filterWhere(PROMISE.AFTER_CSAT.isNotNull()))
            .from(PROMISE)
            .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.DECIDED_ON.isNotNull())
            .groupBy(PROMISE.TENANT_ID, month, PROMISE.UNIT_ID, PROMISE.OWNER_ID, PROMISE.SOURCE_KIND, PROMISE.STATUS))
        .execute();
  }
}

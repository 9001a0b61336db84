package io.fokus.promises.internal;

import static fokus.db.promises.Tables.PROMISE;
import static fokus.db.promises.Tables.PROMISE_HISTORY;

import fokus.db.promises.tables.records.PromiseRecord;
import io.fokus.customers.CustomerId;
import io.fokus.promises.PromiseId;
import io.fokus.promises.PromiseSource;
import io.fokus.promises.PromiseStatus;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The tenant's promises and their history. */
@Repository
class Promises {

  static final List<String> OPEN = List.of(PromiseStatus.OPEN.name(), PromiseStatus.RENEGOTIATED.name());

  private final DSLContext db;

  Promises(DSLContext db) {
    this.db = db;
  }

  /** What a new promise is made of. */
  record NewPromise(String text, CustomerId customer, MemberId owner, UnitId unit, PromiseSource source,
      PromiseSchedule.Due due, Instant breakAt, MemberId createdBy, String statusToken, String clientRequestId) {
  }

  /**
   * Inserts the promise with the tenant's next number. Numbers are counted under a transaction lock per tenant, so
   * two promises made together get consecutive numbers and the second of two equal requests sees the first.
   */
  Promise insert(TenantId tenant, PromiseId id, NewPromise p, Instant now) {
    long number = db.select(DSL.coalesce(DSL.max(PROMISE.NUMBER), 0L).plus(1)).from(PROMISE)
        .where(PROMISE.TENANT_ID.eq(tenant.value())).fetchSingle().value1();
    db.insertInto(PROMISE)
        .set(PROMISE.TENANT_ID, tenant.value())
        .set(PROMISE.ID, id.value())
        .set(PROMISE.NUMBER, number)
        .set(PROMISE.TEXT, p.text())
        .set(PROMISE.CUSTOMER_ID, p.customer().value())
        .set(PROMISE.OWNER_ID, p.owner().value())
        .set(PROMISE.UNIT_ID, p.unit() == null ? null : p.unit().value())
        .set(PROMISE.SOURCE_KIND, p.source().kind().name())
        .set(PROMISE.SOURCE_ID, p.source().id())
        .set(PROMISE.STATUS, PromiseStatus.OPEN.name())
        .set(PROMISE.DUE_AT, utc(p.due().at()))
        .set(PROMISE.DUE_ON, p.due().on())
        .set(PROMISE.BREAK_AT, utc(p.breakAt()))
        .set(PROMISE.STATUS_TOKEN, p.statusToken())
        .set(PROMISE.CLIENT_REQUEST_ID, p.clientRequestId())
        .set(PROMISE.CREATED_BY, p.createdBy().value())
        .set(PROMISE.CREATED_AT, utc(now))
        .set(PROMISE.UPDATED_AT, utc(now))
        .execute();
    return find(tenant, id).orElseThrow();
  }

  /** Serialises the numbering (and idempotency check) of one tenant's new promises until the transaction ends. */
  void lockNumbers(TenantId tenant) {
    db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val("promises.number:" + tenant));
  }

  /** Serialises what is decided per customer (the recovery case after broken promises) until the transaction ends. */
  void lockCustomer(TenantId tenant, CustomerId customer) {
    db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))",
        DSL.val("promises.customer:" + tenant + ":" + customer));
  }

  Optional<Promise> find(TenantId tenant, PromiseId id) {
    return db.selectFrom(PROMISE).where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()))
        .fetchOptional(Promises::promise);
  }

  /** The promise, locked until the transaction ends, so two decisions about it cannot interleave. */
  Optional<Promise> lock(TenantId tenant, PromiseId id) {
    return db.selectFrom(PROMISE).where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()))
        .forUpdate().fetchOptional(Promises::promise);
  }

  Optional<Promise> byRequest(TenantId tenant, String clientRequestId) {
    return db.selectFrom(PROMISE)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.CLIENT_REQUEST_ID.eq(clientRequestId))
        .fetchOptional(Promises::promise);
  }

  Optional<Promise> byStatusToken(TenantId tenant, String token) {
    return db.selectFrom(PROMISE).where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.STATUS_TOKEN.eq(token))
        .fetchOptional(Promises::promise);
  }

  Optional<String> statusToken(TenantId tenant, PromiseId id) {
    return db.select(PROMISE.STATUS_TOKEN).from(PROMISE)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()))
        .fetchOptional(PROMISE.STATUS_TOKEN);
  }

  /** Which promises a caller sees: all, or those of some units and their own. */
  record Visibility(boolean all, Set<UnitId> units, MemberId member) {

    Condition condition(Field<UUID> unit, Field<UUID> owner) {
      if (all) {
        return DSL.trueCondition();
      }
      Condition own = member == null ? DSL.falseCondition() : owner.eq(member.value());
      return units.isEmpty() ? own : own.or(unit.in(units.stream().map(UnitId::value).toList()));
    }

    boolean sees(Promise p) {
      return all || p.owner().equals(member) || (p.unit() != null && units.contains(p.unit()));
    }
  }

  /**
   * A list's filters; null ones do not filter. {@code openOnly} keeps open promises; {@code dueState} open ones
   * overdue (due passed), due later today, or due after today; {@code query} searches the text and the reference.
   */
  record Filter(MemberId owner, Collection<PromiseStatus> statuses, boolean openOnly, PromiseService.DueState dueState, UnitId unit,
      PromiseSource.Kind sourceKind, CustomerId customer, UUID sourceId, LocalDate dueFrom, LocalDate dueTo,
      String query) {
  }

  private Condition where(TenantId tenant, Visibility visibility, Filter f, Instant now, LocalDate today,
      Instant endOfToday) {
    Condition where = PROMISE.TENANT_ID.eq(tenant.value()).and(visibility.condition(PROMISE.UNIT_ID, PROMISE.OWNER_ID));
    if (f.owner() != null) {
      where = where.and(PROMISE.OWNER_ID.eq(f.owner().value()));
    }
    if (f.statuses() != null && !f.statuses().isEmpty()) {
      where = where.and(PROMISE.STATUS.in(f.statuses().stream().map(Enum::name).toList()));
    }
    if (f.openOnly() || f.dueState() != null) {
      // the same as status OPEN or RENEGOTIATED (promise_open_ck), in the terms of the partial index of open promises
      where = where.and(PROMISE.BREAK_AT.isNotNull());
    }
    if (f.dueState() != null) {
      where = where.and(switch (f.dueState()) {
        case OVERDUE -> PROMISE.DUE_AT.le(utc(now));
        case TODAY -> PROMISE.DUE_AT.gt(utc(now)).and(PROMISE.DUE_AT.lt(utc(endOfToday)));
        case UPCOMING -> PROMISE.DUE_AT.ge(utc(endOfToday));
      });
    }
    if (f.unit() != null) {
      where = where.and(PROMISE.UNIT_ID.eq(f.unit().value()));
    }
    if (f.sourceKind() != null) {
      where = where.and(PROMISE.SOURCE_KIND.eq(f.sourceKind().name()));
    }
    if (f.customer() != null) {
      where = where.and(PROMISE.CUSTOMER_ID.eq(f.customer().value()));
    }
    if (f.sourceId() != null) {
      where = where.and(PROMISE.SOURCE_ID.eq(f.sourceId()));
    }
    if (f.dueFrom() != null) {
      where = where.and(PROMISE.DUE_ON.ge(f.dueFrom()));
    }
    if (f.dueTo() != null) {
      where = where.and(PROMISE.DUE_ON.le(f.dueTo()));
    }
    if (f.query() != null) {
      String q = f.query().strip();
      Condition text = PROMISE.TEXT.containsIgnoreCase(q);
      String digits = q.replaceFirst("(?i)^p-?0*", "");
      if (!digits.isEmpty() && digits.matches("\\d{1,12}")) {
        text = text.or(PROMISE.NUMBER.eq(Long.parseLong(digits)));
      }
      where = where.and(text);
    }
    return where;
  }

  record Page(List<Promise> items, long total) {
  }

  Page page(TenantId tenant, Visibility visibility, Filter f, PromiseService.Sort sort, boolean descending, int page, int size,
      Instant now, LocalDate today, Instant endOfToday) {
    Condition where = where(tenant, visibility, f, now, today, endOfToday);
    long total = db.fetchCount(PROMISE, where);
    List<Promise> items = db.selectFrom(PROMISE).where(where).orderBy(order(sort, descending))
        .limit(size).offset((long) page * size).fetch(Promises::promise);
    return new Page(items, total);
  }

  /** Every promise of the filter, in list order, at most {@code limit}, one at a time (for the CSV export). */
  void forEach(TenantId tenant, Visibility visibility, Filter f, PromiseService.Sort sort, boolean descending, int limit,
      Instant now, LocalDate today, Instant endOfToday, Consumer<Promise> each) {
    try (var cursor = db.selectFrom(PROMISE).where(where(tenant, visibility, f, now, today, endOfToday))
        .orderBy(order(sort, descending)).limit(limit).fetchSize(500).fetchLazy()) {
      cursor.forEach(r -> each.accept(promise(r)));
    }
  }

  private static List<SortField<?>> order(PromiseService.Sort sort, boolean descending) {
    Field<?> field = switch (sort) {
      case DUE_AT -> PROMISE.DUE_AT;
      case CREATED_AT -> PROMISE.CREATED_AT;
      case DECIDED_AT -> PROMISE.DECIDED_AT;
    };
    return List.of(descending ? field.desc().nullsLast() : field.asc().nullsLast(),
        descending ? PROMISE.NUMBER.desc() : PROMISE.NUMBER.asc());
  }

  /** How many of a member's open promises are overdue, due later today, and due after today. */
  long[] summary(TenantId tenant, MemberId owner, Instant now, Instant endOfToday) {
    var r = db.select(
            DSL.count().filterWhere(PROMISE.DUE_AT.le(utc(now))),
            DSL.count().filterWhere(PROMISE.DUE_AT.gt(utc(now)).and(PROMISE.DUE_AT.lt(utc(endOfToday)))),
            DSL.count().filterWhere(PROMISE.DUE_AT.ge(utc(endOfToday))))
        .from(PROMISE)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.OWNER_ID.eq(owner.value()), PROMISE.STATUS.in(OPEN))
        .fetchSingle();
    return new long[] {r.value1(), r.value2(), r.value3()};
  }

  /** Decides an open promise: kept, broken or cancelled at {@code at} (on {@code on}); false when it is not open. */
  boolean decide(TenantId tenant, PromiseId id, PromiseStatus status, Instant at, LocalDate on) {
    return db.update(PROMISE)
        .set(PROMISE.STATUS, status.name())
        .set(PROMISE.DECIDED_AT, utc(at))
        .set(PROMISE.DECIDED_ON, on)
        .setNull(PROMISE.BREAK_AT)
        .set(PROMISE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()), PROMISE.STATUS.in(OPEN))
        .execute() == 1;
  }

  /** A new due time the customer agreed to. */
  void renegotiate(TenantId tenant, PromiseId id, PromiseSchedule.Due due, Instant breakAt) {
    db.update(PROMISE)
        .set(PROMISE.STATUS, PromiseStatus.RENEGOTIATED.name())
        .set(PROMISE.DUE_AT, utc(due.at()))
        .set(PROMISE.DUE_ON, due.on())
        .set(PROMISE.BREAK_AT, utc(breakAt))
        .set(PROMISE.RENEGOTIATIONS, PROMISE.RENEGOTIATIONS.plus(1))
        .set(PROMISE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()))
        .execute();
  }

  /** When an open promise breaks, after the grace period changed. */
  void rescheduleBreak(TenantId tenant, PromiseId id, Instant breakAt) {
    db.update(PROMISE).set(PROMISE.BREAK_AT, utc(breakAt))
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()), PROMISE.STATUS.in(OPEN))
        .execute();
  }

  void reassign(TenantId tenant, PromiseId id, MemberId owner, UnitId unit) {
    db.update(PROMISE)
        .set(PROMISE.OWNER_ID, owner.value())
        .set(PROMISE.UNIT_ID, unit == null ? null : unit.value())
        .set(PROMISE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()))
        .execute();
  }

  void fulfilledLate(TenantId tenant, PromiseId id, Instant at) {
    db.update(PROMISE).set(PROMISE.FULFILLED_LATE_AT, utc(at)).set(PROMISE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()))
        .execute();
  }

  void customerNotified(TenantId tenant, PromiseId id, Instant at) {
    db.update(PROMISE).set(PROMISE.CUSTOMER_NOTIFIED_AT, utc(at))
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()))
        .execute();
  }

  /** The open promises of a tenant in batches by id after {@code after} (null: from the start), for rescheduling. */
  List<Promise> openAfter(TenantId tenant, UUID after, int limit) {
    Condition where = PROMISE.TENANT_ID.eq(tenant.value()).and(PROMISE.STATUS.in(OPEN));
    if (after != null) {
      where = where.and(PROMISE.ID.gt(after));
    }
    return db.selectFrom(PROMISE).where(where).orderBy(PROMISE.ID).limit(limit).fetch(Promises::promise);
  }

  /**
   * Claims up to {@code limit} open promises whose break time has come and marks them BROKEN at their break time, in
   * one statement; promises another instance holds are skipped (it breaks them). Returns them as they are now.
   */
  List<Promise> breakDue(TenantId tenant, Instant now, ZoneId zone, int limit) {
    // the claim runs once (a CTE), so the update touches only the rows this transaction locked: two instances never
    // wait for each other, and a promise another one holds is left to it
    var due = DSL.name("due").fields("id").as(DSL.select(PROMISE.ID).from(PROMISE)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.BREAK_AT.isNotNull(), PROMISE.BREAK_AT.le(utc(now)))
        .orderBy(PROMISE.BREAK_AT, PROMISE.ID)
        .limit(limit)
        .forUpdate().skipLocked());
    Field<UUID> dueId = DSL.field(DSL.name("due", "id"), UUID.class);
    return db.with(due).update(PROMISE)
        .set(PROMISE.STATUS, PromiseStatus.BROKEN.name())
        .set(PROMISE.DECIDED_AT, PROMISE.BREAK_AT)
        .set(PROMISE.DECIDED_ON, DSL.field("({0} at time zone {1})::date", LocalDate.class, PROMISE.BREAK_AT,
            DSL.val(zone.getId())))
        .setNull(PROMISE.BREAK_AT)
        .set(PROMISE.UPDATED_AT, DSL.currentOffsetDateTime())
        .from(due)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(dueId), PROMISE.BREAK_AT.isNotNull())
        .returning()
        .fetch(Promises::promise);
  }

  /** The open promises made in a complaint or recovery case. */
  List<Promise> openOfSource(TenantId tenant, UUID sourceId) {
    return db.selectFrom(PROMISE)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.SOURCE_ID.eq(sourceId), PROMISE.STATUS.in(OPEN))
        .orderBy(PROMISE.DUE_AT)
        .fetch(Promises::promise);
  }

  /** The customer's broken promises decided from {@code since} on that no recovery case was opened for yet. */
  List<Promise> brokenWithoutRecovery(TenantId tenant, CustomerId customer, Instant since) {
    return db.selectFrom(PROMISE)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.CUSTOMER_ID.eq(customer.value()),
            PROMISE.STATUS.eq(PromiseStatus.BROKEN.name()), PROMISE.DECIDED_AT.ge(utc(since)),
            PROMISE.RECOVERY_CASE_ID.isNull())
        .orderBy(PROMISE.DECIDED_AT)
        .fetch(Promises::promise);
  }

  void linkRecoveryCase(TenantId tenant, Collection<PromiseId> ids, UUID complaint) {
    db.update(PROMISE).set(PROMISE.RECOVERY_CASE_ID, complaint)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.in(ids.stream().map(PromiseId::value).toList()))
        .execute();
  }

  /**
   * The customer's kept and broken promises decided in the 90 days before {@code answeredAt} without an answer
   * attributed yet: the answer is the next one after each of them.
   */
  List<Promise> awaitingAnswer(TenantId tenant, CustomerId customer, Instant answeredAt, int windowDays) {
    return db.selectFrom(PROMISE)
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.CUSTOMER_ID.eq(customer.value()),
            PROMISE.STATUS.in(PromiseStatus.KEPT.name(), PromiseStatus.BROKEN.name()),
            PROMISE.DECIDED_AT.le(utc(answeredAt)),
            PROMISE.DECIDED_AT.gt(utc(answeredAt.minus(Duration.ofDays(windowDays)))),
            PROMISE.AFTER_RESPONSE_ID.isNull())
        .forUpdate()
        .fetch(Promises::promise);
  }

  void attributeAnswer(TenantId tenant, PromiseId id, UUID response, Integer nps, Integer csat, Instant answeredAt) {
    db.update(PROMISE)
        .set(PROMISE.AFTER_RESPONSE_ID, response)
        .set(PROMISE.AFTER_NPS, nps == null ? null : nps.shortValue())
        .set(PROMISE.AFTER_CSAT, csat == null ? null : csat.shortValue())
        .set(PROMISE.AFTER_ANSWERED_AT, utc(answeredAt))
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.ID.eq(id.value()), PROMISE.AFTER_RESPONSE_ID.isNull())
        .execute();
  }

  /** What stands in for a text that was erased with its customer. */
  static final String ERASED = "(erased)";

  /**
   * Removes the customer's words from their promises (GDPR): the text and the history's notes; the status-page link
   * stops working. The promises stay, with status and dates, for the counts. Returns those touched.
   */
  List<PromiseId> forgetTextsOf(TenantId tenant, CustomerId customer) {
    List<PromiseId> ids = db.update(PROMISE)
        .set(PROMISE.TEXT, ERASED)
        .set(PROMISE.STATUS_TOKEN, DSL.field("'erased-' || gen_random_uuid()", String.class))
        .where(PROMISE.TENANT_ID.eq(tenant.value()), PROMISE.CUSTOMER_ID.eq(customer.value()),
            PROMISE.TEXT.ne(ERASED))
        .returning(PROMISE.ID)
        .fetch(r -> new PromiseId(r.getId()));
    if (!ids.isEmpty()) {
      db.update(PROMISE_HISTORY).setNull(PROMISE_HISTORY.NOTE)
          .where(PROMISE_HISTORY.TENANT_ID.eq(tenant.value()),
              PROMISE_HISTORY.PROMISE_ID.in(ids.stream().map(PromiseId::value).toList()))
          .execute();
    }
    return ids;
  }

  // ------------------------------------------------------------------------------------------------ history

  /** One entry of a promise's history. */
  record HistoryEntry(Instant at, PromiseAction action, MemberId actor, Instant dueBefore, Instant dueAfter, String note) {
  }

  /** Adds an entry at the end of the promise's history (the caller holds the promise's lock or just made it). */
  void record(TenantId tenant, PromiseId id, HistoryEntry entry) {
    db.insertInto(PROMISE_HISTORY)
        .set(PROMISE_HISTORY.TENANT_ID, tenant.value())
        .set(PROMISE_HISTORY.PROMISE_ID, id.value())
        .set(PROMISE_HISTORY.SEQ, DSL.select(DSL.coalesce(DSL.max(PROMISE_HISTORY.SEQ), 0).plus(1))
            .from(PROMISE_HISTORY)
            .where(PROMISE_HISTORY.TENANT_ID.eq(tenant.value()), PROMISE_HISTORY.PROMISE_ID.eq(id.value())))
        .set(PROMISE_HISTORY.AT, utc(entry.at()))
        .set(PROMISE_HISTORY.ACTION, entry.action().name())
        .set(PROMISE_HISTORY.ACTOR_ID, entry.actor() == null ? null : entry.actor().value())
        .set(PROMISE_HISTORY.DUE_BEFORE, utc(entry.dueBefore()))
        .set(PROMISE_HISTORY.DUE_AFTER, utc(entry.dueAfter()))
        .set(PROMISE_HISTORY.NOTE, entry.note())
        .execute();
  }

  /** The automatic breaking of many promises at once: one history entry each, in one statement. */
  void recordBrokenAutomatically(TenantId tenant, Collection<Promise> broken) {
    if (broken.isEmpty()) {
      return;
    }
    // one statement with three arrays, whatever the batch's size: each promise's next number in its history
    UUID[] ids = broken.stream().map(p -> p.id().value()).toArray(UUID[]::new);
    OffsetDateTime[] at = broken.stream().map(p -> utc(p.decidedAt())).toArray(OffsetDateTime[]::new);
    OffsetDateTime[] due = broken.stream().map(p -> utc(p.dueAt())).toArray(OffsetDateTime[]::new);
    db.execute("""
        insert into promises.promise_history (tenant_id, promise_id, seq, at, action, due_before)
        select {0}, b.id, coalesce((select max(h.seq) from promises.promise_history h
            where h.tenant_id = {0} and h.promise_id = b.id), 0) + 1, b.at, {1}, b.due
        from unnest({2}, {3}, {4}) as b(id, at, due)""",
        DSL.val(tenant.value()), DSL.val(PromiseAction.BROKEN_AUTOMATICALLY.name()), DSL.val(ids), DSL.val(at),
        DSL.val(due));
  }

  List<HistoryEntry> history(TenantId tenant, PromiseId id) {
    return db.selectFrom(PROMISE_HISTORY)
        .where(PROMISE_HISTORY.TENANT_ID.eq(tenant.value()), PROMISE_HISTORY.PROMISE_ID.eq(id.value()))
        .orderBy(PROMISE_HISTORY.SEQ)
        .fetch(r -> new HistoryEntry(r.getAt().toInstant(), PromiseAction.valueOf(r.getAction()),
            r.getActorId() == null ? null : new MemberId(r.getActorId()), instant(r.getDueBefore()),
            instant(r.getDueAfter()), r.getNote()));
  }

  // ------------------------------------------------------------------------------------------------ mapping

  static Promise promise(PromiseRecord r) {
    return new Promise(new PromiseId(r.getId()), Promise.reference(r.getNumber()), r.getText(),
        new CustomerId(r.getCustomerId()), new MemberId(r.getOwnerId()),
        r.getUnitId() == null ? null : new UnitId(r.getUnitId()),
        new PromiseSource(PromiseSource.Kind.valueOf(r.getSourceKind()), r.getSourceId()),
        PromiseStatus.valueOf(r.getStatus()), r.getDueAt().toInstant(), r.getDueOn(), instant(r.getBreakAt()),
        r.getRenegotiations(), instant(r.getDecidedAt()), r.getDecidedOn(), instant(r.getFulfilledLateAt()),
        instant(r.getCustomerNotifiedAt()), r.getRecoveryCaseId(), r.getAfterResponseId(),
        r.getAfterNps() == null ? null : r.getAfterNps().intValue(),
        r.getAfterCsat() == null ? null : r.getAfterCsat().intValue(), instant(r.getAfterAnsweredAt()),
        new MemberId(r.getCreatedBy()), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant());
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(OffsetDateTime time) {
    return time == null ? null : time.toInstant();
  }
}

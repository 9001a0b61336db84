package io.fokus.promises.internal;

import static fokus.db.promises.Tables.PROMISE;
import static fokus.db.promises.Tables.REMINDER;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.promises.PromiseId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The owners' reminders of open promises; each is claimed and marked sent once. */
@Repository
class Reminders {

  private final DSLContext db;

  Reminders(DSLContext db) {
    this.db = db;
  }

  /** Replaces the promise's unsent reminders with these. */
  void schedule(TenantId tenant, PromiseId promise, Collection<PromiseSchedule.Reminder> reminders) {
    cancel(tenant, promise);
    if (reminders.isEmpty()) {
      return;
    }
    var insert = db.insertInto(REMINDER, REMINDER.TENANT_ID, REMINDER.PROMISE_ID, REMINDER.REMIND_AT,
        REMINDER.WORKING_DAYS_BEFORE);
    for (PromiseSchedule.Reminder r : reminders) {
      insert = insert.values(tenant.value(), promise.value(), Promises.utc(r.at()), r.workingDaysBefore());
    }
    insert.onConflictDoNothing().execute();
  }

  /** Drops the promise's unsent reminders (it was decided, or is scheduled anew). */
  void cancel(TenantId tenant, PromiseId promise) {
    db.deleteFrom(REMINDER).where(REMINDER.TENANT_ID.eq(tenant.value()), REMINDER.PROMISE_ID.eq(promise.value()),
        REMINDER.SENT_AT.isNull()).execute();
  }

  /** Drops the unsent reminders of many promises. */
  void cancelAll(TenantId tenant, Collection<PromiseId> promises) {
    if (!promises.isEmpty()) {
      db.deleteFrom(REMINDER).where(REMINDER.TENANT_ID.eq(tenant.value()),
          REMINDER.PROMISE_ID.in(promises.stream().map(PromiseId::value).toList()), REMINDER.SENT_AT.isNull())
          .execute();
    }
  }

  /** A claimed reminder: the promise and how many working days before its due day it was due. */
  record Due(PromiseId promise, Instant remindAt, int workingDaysBefore) {
  }

  /**
   * Claims up to {@code limit} unsent reminders of open promises whose time has come and marks them sent, in one
   * statement; reminders another instance holds are skipped.
   */
  List<Due> claim(TenantId tenant, Instant now, int limit) {
    // the claim runs once (a CTE), so the update touches only the rows this transaction locked; it locks the open
    // promise too (skipping one that is being decided or broken now), so that the reminder's history entry never waits
    // for a transaction that waits for this one
    var due = DSL.name("due").fields("promise_id", "remind_at").as(
        DSL.select(REMINDER.PROMISE_ID, REMINDER.REMIND_AT).from(REMINDER).join(PROMISE)
            .on(PROMISE.TENANT_ID.eq(REMINDER.TENANT_ID), PROMISE.ID.eq(REMINDER.PROMISE_ID))
            .where(REMINDER.TENANT_ID.eq(tenant.value()), REMINDER.SENT_AT.isNull(),
                REMINDER.REMIND_AT.le(Promises.utc(now)), PROMISE.STATUS.in(Promises.OPEN))
            .orderBy(REMINDER.REMIND_AT, REMINDER.PROMISE_ID)
            .limit(limit)
            .forUpdate().of(REMINDER, PROMISE).skipLocked());
    return db.with(due).update(REMINDER)
        .set(REMINDER.SENT_AT, Promises.utc(now))
        .from(due)
        .where(REMINDER.TENANT_ID.eq(tenant.value()),
            REMINDER.PROMISE_ID.eq(DSL.field(DSL.name("due", "promise_id"), UUID.class)),
            REMINDER.REMIND_AT.eq(DSL.field(DSL.name("due", "remind_at"), OffsetDateTime.class)),
            REMINDER.SENT_AT.isNull())
        .returning(REMINDER.PROMISE_ID, REMINDER.REMIND_AT, REMINDER.WORKING_DAYS_BEFORE)
        .fetch(r -> new Due(new PromiseId(r.getPromiseId()), r.getRemindAt().toInstant(),
            r.getWorkingDaysBefore()));
  }
}

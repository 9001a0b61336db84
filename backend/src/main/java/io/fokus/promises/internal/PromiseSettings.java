package io.fokus.promises.internal;

import static fokus.db.promises.Tables.SETTINGS;

import io.fokus.platform.tenancy.TenantId;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The tenant's promise rules: the grace period and the reminder days, with defaults until an admin sets them. */
@Repository
class PromiseSettings {

  private final DSLContext db;

  PromiseSettings(DSLContext db) {
    this.db = db;
  }

  PromiseRules of(TenantId tenant) {
    return db.selectFrom(SETTINGS).where(SETTINGS.TENANT_ID.eq(tenant.value()))
        .fetchOptional(r -> new PromiseRules(r.getGraceWorkingDays(), Arrays.asList(r.getReminderWorkingDays())))
        .orElse(PromiseRules.DEFAULT);
  }

  void save(TenantId tenant, PromiseRules settings) {
    Integer[] days = settings.reminderWorkingDays().toArray(Integer[]::new);
    db.insertInto(SETTINGS)
        .set(SETTINGS.TENANT_ID, tenant.value())
        .set(SETTINGS.GRACE_WORKING_DAYS, settings.graceWorkingDays())
        .set(SETTINGS.REMINDER_WORKING_DAYS, days)
        .onConflict(SETTINGS.TENANT_ID).doUpdate()
        .set(SETTINGS.GRACE_WORKING_DAYS, settings.graceWorkingDays())
        .set(SETTINGS.REMINDER_WORKING_DAYS, days)
        .set(SETTINGS.UPDATED_AT, DSL.currentOffsetDateTime())
        .execute();
  }
}

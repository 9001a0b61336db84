package io.fokus.training.internal;

import static fokus.db.training.Tables.SETTINGS;

import io.fokus.platform.tenancy.TenantId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** A tenant's training settings; the defaults until it changes them. */
@Repository
class TrainingSettings {

  /** Days before due and before expiry the member is reminded; the least time a member joining a group gets. */
  record Settings(int remindDaysBeforeDue, int remindDaysBeforeExpiry, int joinerDays) {

    static final Settings DEFAULTS = new Settings(3, 14, 14);
  }

  private final DSLContext db;

  TrainingSettings(DSLContext db) {
    this.db = db;
  }

  Settings get(TenantId tenant) {
    return db.selectFrom(SETTINGS).where(SETTINGS.TENANT_ID.eq(tenant.value()))
        .fetchOptional(r -> new Settings(r.getRemindDaysBeforeDue(), r.getRemindDaysBeforeExpiry(),
            r.getJoinerDays()))
        .orElse(Settings.DEFAULTS);
  }

  void put(TenantId tenant, Settings s) {
    db.insertInto(SETTINGS)
        .set(SETTINGS.TENANT_ID, tenant.value())
        .set(SETTINGS.REMIND_DAYS_BEFORE_DUE, s.remindDaysBeforeDue())
        .set(SETTINGS.REMIND_DAYS_BEFORE_EXPIRY, s.remindDaysBeforeExpiry())
        .set(SETTINGS.JOINER_DAYS, s.joinerDays())
        .onConflict(SETTINGS.TENANT_ID).doUpdate()
        .set(SETTINGS.REMIND_DAYS_BEFORE_DUE, s.remindDaysBeforeDue())
        .set(SETTINGS.REMIND_DAYS_BEFORE_EXPIRY, s.remindDaysBeforeExpiry())
        .set(SETTINGS.JOINER_DAYS, s.joinerDays())
        .set(SETTINGS.UPDATED_AT, DSL.currentOffsetDateTime())
        .execute();
  }
}

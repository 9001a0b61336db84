package io.fokus.customers.internal;

import static fokus.db.customers.Tables.CONTACT_POLICY;

import io.fokus.customers.ContactPolicy;
import io.fokus.platform.tenancy.TenantId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Each tenant's contact policy; a tenant that never changed it has the default. */
@Repository
class ContactPolicies {

  private final DSLContext db;

  ContactPolicies(DSLContext db) {
    this.db = db;
  }

  ContactPolicy of(TenantId tenant) {
    return db.select(CONTACT_POLICY.QUIET_PERIOD_DAYS).from(CONTACT_POLICY)
        .where(CONTACT_POLICY.TENANT_ID.eq(tenant.value()))
        .fetchOptional(r -> new ContactPolicy(r.value1()))
        .orElse(ContactPolicy.DEFAULT);
  }

  void save(TenantId tenant, ContactPolicy policy) {
    db.insertInto(CONTACT_POLICY)
        .set(CONTACT_POLICY.TENANT_ID, tenant.value())
        .set(CONTACT_POLICY.QUIET_PERIOD_DAYS, policy.quietPeriodDays())
        .onConflict(CONTACT_POLICY.TENANT_ID).doUpdate()
        .set(CONTACT_POLICY.QUIET_PERIOD_DAYS, policy.quietPeriodDays())
        .execute();
  }
}

package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.INTAKE_FORM;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The token of each tenant's public complaint form, made when first asked for. */
@Repository
class IntakeForms {

  private final DSLContext db;

  IntakeForms(DSLContext db) {
    this.db = db;
  }

  String token(TenantId tenant) {
    db.insertInto(INTAKE_FORM)
        .set(INTAKE_FORM.TENANT_ID, tenant.value())
        .set(INTAKE_FORM.TOKEN, TenantTokens.create(tenant))
        .onConflictDoNothing().execute();
    return db.select(INTAKE_FORM.TOKEN).from(INTAKE_FORM).where(INTAKE_FORM.TENANT_ID.eq(tenant.value()))
        .fetchSingle().value1();
  }

  boolean isToken(TenantId tenant, String token) {
    return db.fetchExists(INTAKE_FORM, INTAKE_FORM.TENANT_ID.eq(tenant.value()), INTAKE_FORM.TOKEN.eq(token));
  }
}

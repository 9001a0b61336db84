package io.fokus.tenants.internal;

import static fokus.db.tenants.Tables.TENANT;

import fokus.db.tenants.tables.records.TenantRecord;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.BusinessHours;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The tenants table. Row-level security limits every query to the current tenant (or the caller's tenants). */
@Repository
class Tenants {

  private final DSLContext db;
  private final JsonMapper json;

  Tenants(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  void insert(TenantId id, String name, String slug, String locale, String timezone, BusinessHours hours) {
    db.insertInto(TENANT)
        .set(TENANT.TENANT_ID, id.value())
        .set(TENANT.NAME, name)
        .set(TENANT.SLUG, slug)
        .set(TENANT.LOCALE, locale)
        .set(TENANT.TIMEZONE, timezone)
        .set(TENANT.BUSINESS_HOURS, JSONB.valueOf(json.writeValueAsString(hours)))
        .execute();
  }

  void setIdentityOrganization(TenantId id, String organizationId) {
    db.update(TENANT).set(TENANT.IDENTITY_ORG_ID, organizationId).where(TENANT.TENANT_ID.eq(id.value())).execute();
  }

  Optional<String> identityOrganization(TenantId id) {
    return db.select(TENANT.IDENTITY_ORG_ID).from(TENANT).where(TENANT.TENANT_ID.eq(id.value()))
        .fetchOptional(TENANT.IDENTITY_ORG_ID);
  }

  Optional<TenantView> find(TenantId id) {
    return db.selectFrom(TENANT).where(TENANT.TENANT_ID.eq(id.value())).fetchOptional().map(this::view);
  }

  boolean update(TenantId id, String name, String locale, String timezone, BusinessHours hours) {
    return db.update(TENANT)
        .set(TENANT.NAME, name)
        .set(TENANT.LOCALE, locale)
        .set(TENANT.TIMEZONE, timezone)
        .set(TENANT.BUSINESS_HOURS, JSONB.valueOf(json.writeValueAsString(hours)))
        .set(TENANT.UPDATED_AT, OffsetDateTime.now())
        .where(TENANT.TENANT_ID.eq(id.value()))
        .execute() == 1;
  }

  /** Tenants among {@code ids} the caller may see (its own memberships), by id. */
  Map<UUID, TenantView> visible(Collection<UUID> ids) {
    return db.selectFrom(TENANT).where(TENANT.TENANT_ID.in(ids)).fetchMap(TENANT.TENANT_ID, this::view);
  }

  private TenantView view(TenantRecord r) {
    return new TenantView(r.getTenantId(), r.getName(), r.getSlug(), r.getLocale(), r.getTimezone(),
        json.readValue(r.getBusinessHours().data(), BusinessHours.class), r.getCreatedAt());
  }
}

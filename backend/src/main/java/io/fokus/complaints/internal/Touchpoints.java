package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.TOUCHPOINT;

import fokus.db.complaints.tables.records.TouchpointRecord;
import io.fokus.complaints.internal.TouchpointService.Touchpoint;
import io.fokus.platform.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The tenant's touchpoints for complaints; a name is the tenant's once, whatever its case. */
@Repository
class Touchpoints {

  private final DSLContext db;

  Touchpoints(DSLContext db) {
    this.db = db;
  }

  List<Touchpoint> list(TenantId tenant) {
    return db.selectFrom(TOUCHPOINT).where(TOUCHPOINT.TENANT_ID.eq(tenant.value()))
        .orderBy(TOUCHPOINT.POSITION, DSL.lower(TOUCHPOINT.NAME)).fetch(Touchpoints::touchpoint);
  }

  Optional<Touchpoint> find(TenantId tenant, UUID id) {
    return db.selectFrom(TOUCHPOINT).where(TOUCHPOINT.TENANT_ID.eq(tenant.value()), TOUCHPOINT.ID.eq(id))
        .fetchOptional(Touchpoints::touchpoint);
  }

  /** Whether another of the tenant's touchpoints than {@code except} (null: any) has the name, in any case. */
  boolean nameTaken(TenantId tenant, String name, UUID except) {
    return db.fetchExists(TOUCHPOINT, TOUCHPOINT.TENANT_ID.eq(tenant.value()),
        DSL.lower(TOUCHPOINT.NAME).eq(DSL.lower(DSL.val(name))),
        except == null ? DSL.noCondition() : TOUCHPOINT.ID.ne(except));
  }

  void insert(TenantId tenant, Touchpoint t) {
    db.insertInto(TOUCHPOINT)
        .set(TOUCHPOINT.TENANT_ID, tenant.value()).set(TOUCHPOINT.ID, t.id()).set(TOUCHPOINT.NAME, t.name())
        .set(TOUCHPOINT.ACTIVE, t.active()).set(TOUCHPOINT.POSITION, t.position())
        .execute();
  }

  void update(TenantId tenant, Touchpoint t) {
    db.update(TOUCHPOINT)
        .set(TOUCHPOINT.NAME, t.name()).set(TOUCHPOINT.ACTIVE, t.active()).set(TOUCHPOINT.POSITION, t.position())
        .where(TOUCHPOINT.TENANT_ID.eq(tenant.value()), TOUCHPOINT.ID.eq(t.id()))
        .execute();
  }

  private static Touchpoint touchpoint(TouchpointRecord r) {
    return new Touchpoint(r.getId(), r.getName(), r.getActive(), r.getPosition());
  }
}

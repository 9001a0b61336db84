package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.CATEGORY;
import static fokus.db.complaints.Tables.PRIORITY;
import static fokus.db.complaints.Tables.ROOT_CAUSE;

import io.fokus.complaints.internal.ComplaintService.Classification;
import io.fokus.complaints.internal.ComplaintService.Kind;
import io.fokus.platform.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

/**
 * The tenant's complaint categories, priorities and root causes: named lists (en/de, active, order) of the same
 * shape, kept in their own tables so a complaint's foreign keys say which is which.
 */
@Repository
class Classifications {

  private final DSLContext db;

  Classifications(DSLContext db) {
    this.db = db;
  }

  private record Columns(Table<?> table, Field<UUID> tenantId, Field<UUID> id, Field<String> nameEn,
      Field<String> nameDe, Field<Boolean> active, Field<Integer> position) {
  }

  private static Columns columns(Kind kind) {
    return switch (kind) {
      case CATEGORY -> new Columns(CATEGORY, CATEGORY.TENANT_ID, CATEGORY.ID, CATEGORY.NAME_EN, CATEGORY.NAME_DE,
          CATEGORY.ACTIVE, CATEGORY.POSITION);
      case PRIORITY -> new Columns(PRIORITY, PRIORITY.TENANT_ID, PRIORITY.ID, PRIORITY.NAME_EN, PRIORITY.NAME_DE,
          PRIORITY.ACTIVE, PRIORITY.POSITION);
      case ROOT_CAUSE -> new Columns(ROOT_CAUSE, ROOT_CAUSE.TENANT_ID, ROOT_CAUSE.ID, ROOT_CAUSE.NAME_EN,
          ROOT_CAUSE.NAME_DE, ROOT_CAUSE.ACTIVE, ROOT_CAUSE.POSITION);
    };
  }

  List<Classification> list(TenantId tenant, Kind kind) {
    Columns c = columns(kind);
    return db.selectFrom(c.table()).where(c.tenantId().eq(tenant.value())).orderBy(c.position(), c.nameEn())
        .fetch(r -> classification(c, r));
  }

  Optional<Classification> find(TenantId tenant, Kind kind, UUID id) {
    Columns c = columns(kind);
    return db.selectFrom(c.table()).where(c.tenantId().eq(tenant.value()), c.id().eq(id))
        .fetchOptional(r -> classification(c, r));
  }

  Classification insert(TenantId tenant, Kind kind, Classification entry) {
    Columns c = columns(kind);
    db.insertInto(c.table())
        .set(c.tenantId(), tenant.value()).set(c.id(), entry.id()).set(c.nameEn(), entry.nameEn())
        .set(c.nameDe(), entry.nameDe()).set(c.active(), entry.active()).set(c.position(), entry.position())
        .execute();
    return entry;
  }

  boolean update(TenantId tenant, Kind kind, Classification entry) {
    Columns c = columns(kind);
    return db.update(c.table())
        .set(c.nameEn(), entry.nameEn()).set(c.nameDe(), entry.nameDe()).set(c.active(), entry.active())
        .set(c.position(), entry.position())
        .where(c.tenantId().eq(tenant.value()), c.id().eq(entry.id()))
        .execute() == 1;
  }

  private static Classification classification(Columns c, Record r) {
    return new Classification(r.get(c.id()), r.get(c.nameEn()), r.get(c.nameDe()), r.get(c.active()),
        r.get(c.position()));
  }
}

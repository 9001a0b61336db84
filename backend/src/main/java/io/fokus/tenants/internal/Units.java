package io.fokus.tenants.internal;

import static fokus.db.tenants.Tables.MEMBER;
import static fokus.db.tenants.Tables.UNIT;

import fokus.db.tenants.tables.records.UnitRecord;
import io.fokus.platform.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The units table: a tree of departments and teams per tenant. */
@Repository
class Units {

  /** A stored unit; {@code parentId} is null for a top-level unit. */
  record Unit(UUID id, String name, UnitKind kind, UUID parentId) {
  }

  private final DSLContext db;

  Units(DSLContext db) {
    this.db = db;
  }

  UUID insert(TenantId tenant, String name, UnitKind kind, UUID parentId) {
    UUID id = UUID.randomUUID();
    db.insertInto(UNIT)
        .set(UNIT.TENANT_ID, tenant.value())
        .set(UNIT.ID, id)
        .set(UNIT.NAME, name)
        .set(UNIT.KIND, kind.name())
        .set(UNIT.PARENT_ID, parentId)
        .execute();
    return id;
  }

  Optional<Unit> find(TenantId tenant, UUID id) {
    return db.selectFrom(UNIT).where(UNIT.TENANT_ID.eq(tenant.value()), UNIT.ID.eq(id)).fetchOptional()
        .map(Units::unit);
  }

  boolean exists(TenantId tenant, UUID id) {
    return db.fetchExists(UNIT, UNIT.TENANT_ID.eq(tenant.value()).and(UNIT.ID.eq(id)));
  }

  List<Unit> all(TenantId tenant) {
    return db.selectFrom(UNIT).where(UNIT.TENANT_ID.eq(tenant.value()))
        .orderBy(DSL.lower(UNIT.NAME), UNIT.ID).fetch(Units::unit);
  }

  Map<UUID, Integer> memberCounts(TenantId tenant) {
    return db.select(MEMBER.UNIT_ID, DSL.count()).from(MEMBER)
        .where(MEMBER.TENANT_ID.eq(tenant.value()), MEMBER.UNIT_ID.isNotNull())
        .groupBy(MEMBER.UNIT_ID)
        .fetchMap(MEMBER.UNIT_ID, DSL.count());
  }

  boolean update(TenantId tenant, UUID id, String name, UnitKind kind, UUID parentId) {
    return db.update(UNIT)
        .set(UNIT.NAME, name)
        .set(UNIT.KIND, kind.name())
        .set(UNIT.PARENT_ID, parentId)
        .where(UNIT.TENANT_ID.eq(tenant.value()), UNIT.ID.eq(id))
        .execute() == 1;
  }

  /** True when {@code candidate} is {@code unit} itself or lies below it: moving {@code unit} there makes a cycle. */
  boolean isSelfOrDescendant(TenantId tenant, UUID unit, UUID candidate) {
    return selfAndDescendants(tenant, unit).contains(candidate);
  }

  /** The unit and all units below it; empty when the unit does not exist. */
  Set<UUID> selfAndDescendants(TenantId tenant, UUID unit) {
    var tree = DSL.name("subtree");
    var id = DSL.field(DSL.name("subtree", "id"), UUID.class);
    return db.withRecursive(tree.fields("id").as(
            DSL.select(UNIT.ID).from(UNIT).where(UNIT.TENANT_ID.eq(tenant.value()), UNIT.ID.eq(unit))
                .unionAll(DSL.select(UNIT.ID).from(UNIT).join(DSL.table(tree)).on(UNIT.PARENT_ID.eq(id))
                    .where(UNIT.TENANT_ID.eq(tenant.value())))))
        .select(id).from(DSL.table(tree)).fetchSet(id);
  }

  boolean hasChildren(TenantId tenant, UUID id) {
    return db.fetchExists(UNIT, UNIT.TENANT_ID.eq(tenant.value()).and(UNIT.PARENT_ID.eq(id)));
  }

  boolean delete(TenantId tenant, UUID id) {
    return db.deleteFrom(UNIT).where(UNIT.TENANT_ID.eq(tenant.value()), UNIT.ID.eq(id)).execute() == 1;
  }

  private static Unit unit(UnitRecord r) {
    return new Unit(r.getId(), r.getName(), UnitKind.valueOf(r.getKind()), r.getParentId());
  }
}

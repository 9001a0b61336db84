package io.fokus.tenants.internal;

import fokus.db.tenants.tables.records.UnitRecord;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tree of departments and teams of the current tenant. */
@Service
public class UnitService {

  private final Units units;
  private final Members members;

  UnitService(Units units, Members members) {
    this.units = units;
    this.members = members;
  }

  public record UnitSpec(String name, String kind, UUID parentId) {
  }

  /** The whole tree: roots with their children, each level sorted by name. */
  @Transactional(readOnly = true)
  public List<UnitView> tree() {
    TenantId tenant = Tenancy.requireTenant();
    List<UnitRecord> all = units.all(tenant);
    Map<UUID, Integer> counts = units.memberCounts(tenant);
    Map<UUID, List<UnitRecord>> byParent = new HashMap<>();
    all.forEach(u -> byParent.computeIfAbsent(u.getParentId(), k -> new ArrayList<>()).add(u));
    return build(null, byParent, counts);
  }

  private static List<UnitView> build(UUID parent, Map<UUID, List<UnitRecord>> byParent, Map<UUID, Integer> counts) {
    return byParent.getOrDefault(parent, List.of()).stream()
        .map(u -> new UnitView(u.getId(), u.getName(), u.getKind(), u.getParentId(),
            counts.getOrDefault(u.getId(), 0), build(u.getId(), byParent, counts)))
        .toList();
  }

  @Transactional(readOnly = true)
  public UnitView get(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    UnitRecord u = units.find(tenant, id).orElseThrow(() -> ApiException.notFound("Unit"));
    return new UnitView(u.getId(), u.getName(), u.getKind(), u.getParentId(), members.countInUnit(tenant, id),
        List.of());
  }

  @Transactional
  public UnitView create(UnitSpec spec) {
    TenantId tenant = Tenancy.requireTenant();
    requireParent(tenant, spec.parentId());
    try {
      return get(units.insert(tenant, spec.name().trim(), spec.kind(), spec.parentId()));
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("name", "A unit with this name already exists here");
    }
  }

  /** Renames and/or moves a unit; a move below itself answers 422. */
  @Transactional
  public UnitView update(UUID id, UnitSpec spec) {
    TenantId tenant = Tenancy.requireTenant();
    get(id);
    requireParent(tenant, spec.parentId());
    if (spec.parentId() != null && units.isSelfOrDescendant(tenant, id, spec.parentId())) {
      throw ApiException.unprocessable("parentId", "A unit cannot be moved into itself or one of its sub-units");
    }
    try {
      units.update(tenant, id, spec.name().trim(), spec.kind(), spec.parentId());
    } catch (DuplicateKeyException e) {
      throw ApiException.conflict("name", "A unit with this name already exists here");
    }
    return get(id);
  }

  /** Deletes an empty unit: no sub-units and no members, else 409. */
  @Transactional
  public void delete(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    get(id);
    if (units.hasChildren(tenant, id)) {
      throw ApiException.conflict("The unit still has sub-units; move or delete them first");
    }
    if (members.countInUnit(tenant, id) > 0) {
      throw ApiException.conflict("The unit still has members; move them first");
    }
    units.delete(tenant, id);
  }

  private void requireParent(TenantId tenant, UUID parentId) {
    if (parentId != null && !units.exists(tenant, parentId)) {
      throw ApiException.unprocessable("parentId", "No such unit in this organization");
    }
  }
}

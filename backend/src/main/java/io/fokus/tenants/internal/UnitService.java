package io.fokus.tenants.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.RuleViolation;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
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

  public record UnitSpec(String name, UnitKind kind, UUID parentId) {
  }

  /** The whole tree: roots with their children, each level sorted by name. */
  @Transactional(readOnly = true)
  public List<UnitView> tree() {
    TenantId tenant = Tenancy.requireTenant();
    List<Units.Unit> all = units.all(tenant);
    Map<UUID, Integer> counts = units.memberCounts(tenant);
    Map<UUID, List<Units.Unit>> byParent = new HashMap<>();
    all.forEach(u -> byParent.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u));
    return build(null, byParent, counts);
  }

  private static List<UnitView> build(UUID parent, Map<UUID, List<Units.Unit>> byParent, Map<UUID, Integer> counts) {
    return byParent.getOrDefault(parent, List.of()).stream()
        .map(u -> new UnitView(u.id(), u.name(), u.kind(), u.parentId(),
            counts.getOrDefault(u.id(), 0), build(u.id(), byParent, counts)))
        .toList();
  }

  @Transactional(readOnly = true)
  public UnitView get(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    Units.Unit u = units.find(tenant, id).orElseThrow(() -> new NotFoundException("Unit"));
    return new UnitView(u.id(), u.name(), u.kind(), u.parentId(), members.countInUnit(tenant, id),
        List.of());
  }

  @Transactional
  public UnitView create(UnitSpec spec) {
    TenantId tenant = Tenancy.requireTenant();
    requireParent(tenant, spec.parentId());
    try {
      return get(units.insert(tenant, spec.name().trim(), spec.kind(), spec.parentId()));
    } catch (DuplicateKeyException e) {
      throw new ConflictException("name", "A unit with this name already exists here");
    }
  }

  /** Renames and/or moves a unit; a move below itself answers 422. */
  @Transactional
  public UnitView update(UUID id, UnitSpec spec) {
    TenantId tenant = Tenancy.requireTenant();
    get(id);
    requireParent(tenant, spec.parentId());
    if (spec.parentId() != null && units.isSelfOrDescendant(tenant, id, spec.parentId())) {
      throw new RuleViolation("parentId", "A unit cannot be moved into itself or one of its sub-units");
    }
    try {
      units.update(tenant, id, spec.name().trim(), spec.kind(), spec.parentId());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("name", "A unit with this name already exists here");
    }
    return get(id);
  }

  /** Deletes an empty unit: no sub-units and no members, else 409. */
  @Transactional
  public void delete(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    get(id);
    if (units.hasChildren(tenant, id)) {
      throw new ConflictException("The unit still has sub-units; move or delete them first");
    }
    if (members.countInUnit(tenant, id) > 0) {
      throw new ConflictException("The unit still has members; move them first");
    }
    units.delete(tenant, id);
  }

  private void requireParent(TenantId tenant, UUID parentId) {
    if (parentId != null && !units.exists(tenant, parentId)) {
      throw new NoSuchUnit("parentId");
    }
  }
}

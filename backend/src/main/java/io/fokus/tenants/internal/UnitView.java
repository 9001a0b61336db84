package io.fokus.tenants.internal;

import java.util.List;
import java.util.UUID;

/** A unit in the tree of departments and teams, with its direct member count and its children. */
public record UnitView(UUID id, String name, UnitKind kind, UUID parentId, int memberCount, List<UnitView> children) {
}

package io.fokus.complaints.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant's touchpoints for complaints (ADMIN/MANAGER keep them): each has its own link to the public form, and a
 * complaint keeps the name of the touchpoint it came through, as survey responses keep theirs.
 */
@Service
public class TouchpointService {

  /** The field a complaint names its touchpoint by, in the public form and when staff record one. */
  static final String FIELD = "touchpointId";

  private final Touchpoints touchpoints;

  TouchpointService(Touchpoints touchpoints) {
    this.touchpoints = touchpoints;
  }

  /** A touchpoint: its name (1–60 characters, unique in the tenant whatever the case), offered while active. */
  public record Touchpoint(UUID id, String name, boolean active, int position) {
  }

  /** The tenant's touchpoints, active and inactive, in their order. */
  @Transactional(readOnly = true)
  public List<Touchpoint> list() {
    return touchpoints.list(Tenancy.requireTenant());
  }

  @Transactional
  public Touchpoint add(String name, boolean active, int position) {
    TenantId tenant = Tenancy.requireTenant();
    Touchpoint added = new Touchpoint(UUID.randomUUID(), name.strip(), active, position);
    requireNameFree(tenant, added);
    touchpoints.insert(tenant, added);
    return added;
  }

  /** Renames, reorders, retires or brings back a touchpoint; complaints keep the name they came in with. */
  @Transactional
  public Touchpoint change(UUID id, String name, boolean active, int position) {
    TenantId tenant = Tenancy.requireTenant();
    Touchpoint changed = new Touchpoint(id, name.strip(), active, position);
    if (touchpoints.find(tenant, id).isEmpty()) {
      throw new NotFoundException("Touchpoint");
    }
    requireNameFree(tenant, changed);
    touchpoints.update(tenant, changed);
    return changed;
  }

  private void requireNameFree(TenantId tenant, Touchpoint t) {
    // the unique index decides a race between two saves; this check gives the usual case its field error
    if (touchpoints.nameTaken(tenant, t.name(), t.id())) {
      throw new ConflictException("name", "Another touchpoint has this name");
    }
  }

  /**
   * The active touchpoint a form link names ({@code ?touchpoint=<id>}); empty for none, an unknown or inactive one,
   * or a mangled parameter, so an old link still opens the general form.
   */
  Optional<Touchpoint> ofLink(TenantId tenant, String linked) {
    if (linked == null) {
      return Optional.empty();
    }
    try {
      return touchpoints.find(tenant, UUID.fromString(linked.strip())).filter(Touchpoint::active);
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  /**
   * The name a new complaint keeps of its touchpoint: null without one; a retired touchpoint is still where the
   * complaint came from (a form opened before it was retired). Another tenant's or no touchpoint is invalid.
   */
  String nameOf(TenantId tenant, UUID id) {
    if (id == null) {
      return null;
    }
    return touchpoints.find(tenant, id).map(Touchpoint::name)
        .orElseThrow(() -> new InvalidException(FIELD, "is not a touchpoint of the tenant"));
  }
}

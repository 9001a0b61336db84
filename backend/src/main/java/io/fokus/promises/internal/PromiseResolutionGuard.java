package io.fokus.promises.internal;

import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ResolutionGuard;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.promises.PromiseStatus;
import io.fokus.tenants.MemberId;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Complaints' resolution guard (DESIGN.md §3): a complaint with open promises made in it is resolved only with the
 * resolver's word on them: they stay open, were kept with the resolution, or are cancelled by it.
 */
@Component
class PromiseResolutionGuard implements ResolutionGuard {

  private final Promises promises;
  private final PromiseService service;

  PromiseResolutionGuard(Promises promises, PromiseService service) {
    this.promises = promises;
    this.service = service;
  }

  @Override
  public List<Obstacle> obstacles(ComplaintId complaint) {
    return promises.openOfSource(Tenancy.requireTenant(), complaint.value()).stream()
        .map(p -> new Obstacle("promise", p.id().value(), p.reference(), p.text(), p.dueAt()))
        .toList();
  }

  @Override
  public void settle(ComplaintId complaint, Settlement settlement, MemberId resolver) {
    if (settlement == Settlement.KEEP_OPEN) {
      return;
    }
    TenantId tenant = Tenancy.requireTenant();
    for (Promise open : promises.openOfSource(tenant, complaint.value())) {
      promises.lock(tenant, open.id()).filter(p -> p.status().isOpen()).ifPresent(p -> {
        if (settlement == Settlement.MARK_KEPT) {
          service.decide(tenant, p, PromiseStatus.KEPT, resolver, "Kept with the resolution of the complaint");
        } else {
          service.decide(tenant, p, PromiseStatus.CANCELLED, resolver, "Cancelled: the complaint was resolved");
        }
      });
    }
  }
}

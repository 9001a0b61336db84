package io.fokus.platform.events;

import io.fokus.platform.tenancy.TenantId;
import org.jmolecules.event.types.DomainEvent;

/**
 * An application event; every event names the tenant it belongs to, so listeners can act for that tenant. A listener
 * of a TenantEvent runs inside that tenant's scope ({@link TenantScopedListeners}). As a jMolecules
 * {@link DomainEvent}, it appears in the generated module documentation as published by its module.
 */
public interface TenantEvent extends DomainEvent {

  TenantId tenantId();
}

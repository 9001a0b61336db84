package io.fokus.platform.events;

import io.fokus.platform.tenancy.TenantId;

/** An application event; every event names the tenant it belongs to, so listeners can act for that tenant. */
public interface TenantEvent {

  TenantId tenantId();
}

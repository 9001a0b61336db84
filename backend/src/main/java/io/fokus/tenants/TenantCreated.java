package io.fokus.tenants;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;

/** A company signed up. */
public record TenantCreated(TenantId tenantId, String slug, String name, String locale, String timezone)
    implements TenantEvent {
}

package io.fokus.customers;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;

/** A customer entered the tenant's directory (created by hand, by an import, or when first invited). */
public record CustomerIdentified(TenantId tenantId, CustomerId customerId) implements TenantEvent {
}

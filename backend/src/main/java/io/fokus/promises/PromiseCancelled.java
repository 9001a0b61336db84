package io.fokus.promises;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;

/** An open promise was cancelled (it does not count in the kept rate). {@code unit} may be null. */
public record PromiseCancelled(TenantId tenantId, PromiseId promiseId, CustomerId customerId, MemberId owner,
    UnitId unit, PromiseSource source) implements TenantEvent {
}

package io.fokus.promises;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Instant;

/** A promise was recorded. {@code unit} may be null. */
public record PromiseMade(TenantId tenantId, PromiseId promiseId, CustomerId customerId, MemberId owner, UnitId unit,
    PromiseSource source, Instant dueAt) implements TenantEvent {
}

package io.fokus.promises;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Instant;

/** A promise was kept ({@code keptAt}, due at {@code dueAt}). {@code unit} may be null. */
public record PromiseKept(TenantId tenantId, PromiseId promiseId, CustomerId customerId, MemberId owner, UnitId unit,
    PromiseSource source, Instant dueAt, Instant keptAt) implements TenantEvent {
}

package io.fokus.promises;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Instant;

/**
 * A promise was broken: marked so by its owner or a manager, or {@code automatically} once its due time and the
 * tenant's grace period had passed ({@code brokenAt} is then the end of the grace period). Published once per promise.
 * {@code unit} may be null.
 */
public record PromiseBroken(TenantId tenantId, PromiseId promiseId, CustomerId customerId, MemberId owner,
    UnitId unit, PromiseSource source, Instant dueAt, Instant brokenAt, boolean automatically) implements TenantEvent {
}

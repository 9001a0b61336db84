package io.fokus.complaints;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint or recovery case became RESOLVED. Published on every resolution, also after a reopen: listeners that
 * must act once per complaint (the follow-up survey) keep their own record of having acted.
 *
 * @param categoryId, unit, assignee as they were at resolution; may be null
 */
public record ComplaintResolved(TenantId tenantId, ComplaintId complaintId, CustomerId customerId, ComplaintKind kind,
    UUID categoryId, UnitId unit, MemberId assignee, Instant resolvedAt) implements TenantEvent {
}

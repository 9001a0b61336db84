package io.fokus.complaints;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;

/**
 * A complaint came in, through any channel.
 *
 * @param touchpoint the name of the touchpoint it came through (as {@link Complaint#touchpoint()}), or null
 */
public record ComplaintReceived(TenantId tenantId, ComplaintId complaintId, CustomerId customerId, Channel channel,
    ComplaintKind kind, String touchpoint) implements TenantEvent {
}

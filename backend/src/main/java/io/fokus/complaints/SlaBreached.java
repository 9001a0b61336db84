package io.fokus.complaints;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Duration;
import java.time.Instant;

/**
 * An SLA clock used its whole target: published once per clock, when it runs out while running, or when a clock that
 * stopped late is found (the job had not seen it yet). The assignee and the unit's managers are the ones to tell.
 *
 * @param assignee, unit as they are when the breach is found; may be null (not assigned yet)
 * @param dueAt when the target ran out; null only for a clock that stopped late while paused
 * @param target the working time the policy allows
 */
public record SlaBreached(TenantId tenantId, ComplaintId complaintId, SlaClockKind clock, MemberId assignee,
    UnitId unit, Instant dueAt, Duration target) implements TenantEvent {
}

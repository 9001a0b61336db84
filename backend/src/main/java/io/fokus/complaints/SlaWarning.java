package io.fokus.complaints;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Duration;
import java.time.Instant;

/**
 * A running SLA clock used its policy's warning share of the target (75% by default). Published once per clock, also
 * with several app instances; the assignee is the one to tell.
 *
 * @param assignee, unit as they are when the warning is due; may be null (not assigned yet)
 * @param dueAt when the target runs out if the clock keeps running
 * @param target the working time the policy allows
 */
public record SlaWarning(TenantId tenantId, ComplaintId complaintId, SlaClockKind clock, MemberId assignee,
    UnitId unit, Instant dueAt, Duration target) implements TenantEvent {
}

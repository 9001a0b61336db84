package io.fokus.training;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Instant;

/**
 * A member completed an assigned course: passed its quiz or acknowledged it.
 *
 * @param version the version of the course taken
 * @param expiresAt when the completion expires, null when it never does
 */
public record TrainingCompleted(TenantId tenantId, AssignmentId assignmentId, CourseId courseId, MemberId memberId,
    UnitId unitId, int version, Instant completedAt, Instant expiresAt, AssignmentSource source)
    implements TenantEvent {
}

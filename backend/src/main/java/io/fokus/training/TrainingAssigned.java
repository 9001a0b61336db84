package io.fokus.training;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.LocalDate;

/**
 * A member was assigned a course.
 *
 * @param unitId the member's unit when assigned, null when none
 * @param cycle 1 for a first assignment, 2 and more for recertifications
 */
public record TrainingAssigned(TenantId tenantId, AssignmentId assignmentId, CourseId courseId, MemberId memberId,
    UnitId unitId, AssignmentSource source, int cycle, LocalDate dueOn) implements TenantEvent {
}

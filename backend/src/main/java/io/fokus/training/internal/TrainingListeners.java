package io.fokus.training.internal;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberChanged;
import io.fokus.tenants.MemberJoined;
import io.fokus.tenants.MemberProfiles.MemberProfile;
import io.fokus.tenants.TenantCreated;
import io.fokus.tenants.TenantsApi;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What training does when the tenants module reports something: a new tenant gets the starter courses; a member who
 * joins, or moves to another unit, level or role, gets the open group assignments they now belong to, and their
 * assignments follow them to their new unit. Each is idempotent: an event delivered twice adds nothing.
 */
@Component
class TrainingListeners {

  private final CourseService courses;
  private final AssignmentService assignments;
  private final Assignments repository;
  private final TenantsApi tenants;

  TrainingListeners(CourseService courses, AssignmentService assignments, Assignments repository,
      TenantsApi tenants) {
    this.courses = courses;
    this.assignments = assignments;
    this.repository = repository;
    this.tenants = tenants;
  }

  @ApplicationModuleListener
  void on(TenantCreated event) {
    courses.addStarterCourses(event.tenantId());
  }

  @ApplicationModuleListener
  void on(MemberJoined event) {
    tenants.profile(event.memberId()).ifPresent(p -> assignments.applyGroups(event.tenantId(), p));
  }

  @ApplicationModuleListener
  void on(MemberChanged event) {
    TenantId tenant = event.tenantId();
    repository.moveMember(tenant, event.memberId(), event.unitId());
    tenants.profile(event.memberId()).ifPresent((MemberProfile p) -> assignments.applyGroups(tenant, p));
  }
}

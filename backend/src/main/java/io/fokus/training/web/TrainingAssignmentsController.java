package io.fokus.training.web;

import io.fokus.platform.security.Role;
import io.fokus.platform.web.PageResponse;
import io.fokus.tenants.Level;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import io.fokus.training.AssignmentId;
import io.fokus.training.CourseId;
import io.fokus.training.internal.Actor;
import io.fokus.training.internal.Assignment;
import io.fokus.training.internal.AssignmentService;
import io.fokus.training.internal.AssignmentService.Target;
import io.fokus.training.internal.TrainingQueries;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assigning training and seeing who has it: HR and ADMIN for everyone, a MANAGER for the members of their units,
 * an EXECUTIVE reads all.
 */
@RestController
@RequestMapping("/api/training/assignments")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'HR')")
@Validated
class TrainingAssignmentsController {

  private final AssignmentService assignments;
  private final TrainingQueries queries;

  TrainingAssignmentsController(AssignmentService assignments, TrainingQueries queries) {
    this.assignments = assignments;
    this.queries = queries;
  }

  /**
   * Whom to assign a course, and by when: {@code memberIds}, or a unit ({@code unitId}, with its sub-units unless
   * {@code includeSubunits} is false), a {@code level} or a {@code role} (exactly one of them). A group stays open:
   * members who join it later get the course too.
   */
  record AssignBody(@NotNull UUID courseId, @Size(max = 5000) List<@NotNull UUID> memberIds, UUID unitId,
      Boolean includeSubunits, Level level, Role role, @NotNull LocalDate dueOn) {
  }

  record AssignResponse(int assigned, int alreadyOpen, UUID groupId) {
  }

  @PostMapping
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'HR')")
  AssignResponse assign(@Valid @RequestBody AssignBody body) {
    var r = assignments.assign(Actor.current(), new CourseId(body.courseId()), new Target(body.memberIds(),
        body.unitId(), body.includeSubunits(), body.level(), body.role()), body.dueOn());
    return new AssignResponse(r.assigned(), r.alreadyOpen(), r.groupId());
  }

  /** An assignment as HR and managers see it, with the member's, the unit's and the course's names. */
  record AssignmentResponse(UUID id, UUID courseId, String courseTitleEn, String courseTitleDe, UUID memberId,
      String memberName, UUID unitId, String unitName, String status, int cycle, LocalDate dueOn, Instant dueAt,
      String source, Instant assignedAt, Instant completedAt, Integer completedVersion, String completionMethod,
      Integer score, Instant expiresAt, String cancelledReason) {
  }

  @GetMapping
  PageResponse<AssignmentResponse> list(@RequestParam(required = false) UUID courseId,
      @RequestParam(required = false) UUID unitId, @RequestParam(required = false) UUID memberId,
      @RequestParam(required = false) Assignment.Status status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
    var result = queries.assignments(Actor.current(), courseId == null ? null : new CourseId(courseId),
        unitId == null ? null : new UnitId(unitId), memberId == null ? null : new MemberId(memberId), status,
        page, size);
    return new PageResponse<>(result.items().stream().map(TrainingAssignmentsController::response).toList(),
        page, size, result.total());
  }

  record CancelBody(@NotBlank @Size(max = 500) String reason) {
  }

  @PostMapping("/{id}/cancel")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'HR')")
  AssignmentResponse cancel(@PathVariable UUID id, @Valid @RequestBody CancelBody body) {
    Actor actor = Actor.current();
    assignments.cancel(actor, new AssignmentId(id), body.reason());
    return response(queries.assignment(actor, new AssignmentId(id)));
  }

  static AssignmentResponse response(TrainingQueries.AssignmentView v) {
    Assignment a = v.assignment();
    return new AssignmentResponse(a.id().value(), a.courseId().value(), v.titleEn(), v.titleDe(),
        a.memberId().value(), v.memberName(), a.unitId() == null ? null : a.unitId().value(), v.unitName(),
        a.status().name(), a.cycle(), a.dueOn(), a.dueAt(), a.source().name(), a.assignedAt(), a.completedAt(),
        a.completedVersion(), a.completionMethod() == null ? null : a.completionMethod().name(), a.score(),
        a.expiresAt(), a.cancelledReason());
  }
}

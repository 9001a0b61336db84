package io.fokus.training.internal;

import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import io.fokus.training.AssignmentId;
import io.fokus.training.AssignmentSource;
import io.fokus.training.CourseId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A member's assignment of a course for one cycle (see the table's comment for the states). */
public record Assignment(AssignmentId id, CourseId courseId, MemberId memberId, UnitId unitId, Status status,
    int cycle, LocalDate dueOn, Instant dueAt, AssignmentSource source, UUID groupId, AssignmentId previousId,
    MemberId assignedBy, Instant assignedAt, Instant completedAt, Integer completedVersion, Method completionMethod,
    Integer score, Instant expiresAt, Instant windowOpensAt, AssignmentId nextId, String cancelledReason) {

  public enum Status {
    ASSIGNED, OVERDUE, COMPLETED, EXPIRED, CANCELLED;

    public boolean open() {
      return this == ASSIGNED || this == OVERDUE;
    }
  }

  public enum Method {
    QUIZ, ACKNOWLEDGED
  }
}

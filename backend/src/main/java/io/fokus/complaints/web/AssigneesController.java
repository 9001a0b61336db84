package io.fokus.complaints.web;

import io.fokus.complaints.internal.Assignees;
import io.fokus.complaints.internal.ComplaintService.Staff;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Role;
import io.fokus.tenants.MemberSummary;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The members a complaint may be assigned to, for those who assign (ADMIN: everyone; MANAGER: their units'). */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class AssigneesController {

  private final Assignees assignees;

  AssigneesController(Assignees assignees) {
    this.assignees = assignees;
  }

  record AssigneeResponse(UUID id, String displayName, UUID unitId, Set<Role> roles) {

    static AssigneeResponse of(MemberSummary m) {
      return new AssigneeResponse(m.id().value(), m.displayName(), m.unit() == null ? null : m.unit().value(),
          m.roles());
    }
  }

  @GetMapping("/api/complaints/assignees")
  List<AssigneeResponse> list() {
    return assignees.of(Staff.of(CurrentUser.get())).stream()
        .map(AssigneeResponse::of).toList();
  }
}

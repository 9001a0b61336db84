package io.fokus.training.web;

import io.fokus.training.internal.Actor;
import io.fokus.training.internal.AssignmentService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's training settings: members are reminded that many days before an assignment is due and before a
 * completion expires; a member joining a group with an open assignment gets at least that many days. Everyone reads
 * them; HR and ADMIN change them.
 */
@RestController
@RequestMapping("/api/training/settings")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR')")
class TrainingSettingsController {

  private final AssignmentService assignments;

  TrainingSettingsController(AssignmentService assignments) {
    this.assignments = assignments;
  }

  record TrainingSettingsBody(@NotNull @Min(0) @Max(60) Integer remindDaysBeforeDue,
      @NotNull @Min(0) @Max(180) Integer remindDaysBeforeExpiry, @NotNull @Min(1) @Max(365) Integer joinerDays) {
  }

  @GetMapping
  TrainingSettingsBody get() {
    var s = assignments.settings();
    return new TrainingSettingsBody(s.remindDaysBeforeDue(), s.remindDaysBeforeExpiry(), s.joinerDays());
  }

  @PutMapping
  @PreAuthorize("hasAnyRole('ADMIN', 'HR')")
  TrainingSettingsBody put(@Valid @RequestBody TrainingSettingsBody body) {
    var s = assignments.changeSettings(Actor.current(), body.remindDaysBeforeDue(), body.remindDaysBeforeExpiry(),
        body.joinerDays());
    return new TrainingSettingsBody(s.remindDaysBeforeDue(), s.remindDaysBeforeExpiry(), s.joinerDays());
  }
}

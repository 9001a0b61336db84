package io.fokus.promises.web;

import io.fokus.promises.internal.PromiseService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's promise rules: the grace period after the due time before an open promise breaks, in working days,
 * and the owners' reminders, in working days before the due day (0: on the day). Everyone reads them, ADMIN changes
 * them.
 */
@RestController
@RequestMapping("/api/promises/settings")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR')")
class PromiseSettingsController {

  private final PromiseService promises;

  PromiseSettingsController(PromiseService promises) {
    this.promises = promises;
  }

  record PromiseSettingsBody(@NotNull @Min(0) @Max(30) Integer graceWorkingDays,
      @NotNull @Size(max = 5) List<@NotNull @Min(0) @Max(30) Integer> reminderWorkingDays) {
  }

  @GetMapping
  PromiseSettingsBody get() {
    var s = promises.settings();
    return new PromiseSettingsBody(s.graceWorkingDays(), s.reminderWorkingDays());
  }

  @PutMapping
  @PreAuthorize("hasRole('ADMIN')")
  PromiseSettingsBody put(@Valid @RequestBody PromiseSettingsBody body) {
    var s = promises.changeSettings(body.graceWorkingDays(), body.reminderWorkingDays());
    return new PromiseSettingsBody(s.graceWorkingDays(), s.reminderWorkingDays());
  }
}

package io.fokus.complaints.web;

import io.fokus.complaints.internal.ClosedLoop;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's complaint settings: the follow-up survey after a resolution (ADMIN/MANAGER). */
@RestController
@RequestMapping("/api/complaints/settings")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class ComplaintSettingsController {

  private final ClosedLoop loop;

  ComplaintSettingsController(ClosedLoop loop) {
    this.loop = loop;
  }

  /**
   * The follow-up: on or off, the survey (null: the tenant's default CSAT follow-up survey) and the delay after the
   * resolution in minutes (0 to 43200, 30 days; default 1440, 24 hours).
   */
  record ComplaintSettingsRequest(@NotNull Boolean followUpEnabled, UUID followUpSurveyId,
      @NotNull @Min(0) @Max(ClosedLoop.Settings.MAX_DELAY_MINUTES) Integer followUpDelayMinutes) {
  }

  @GetMapping
  ClosedLoop.Settings get() {
    return loop.settings();
  }

  @PutMapping
  ClosedLoop.Settings put(@Valid @RequestBody ComplaintSettingsRequest r) {
    return loop.saveSettings(new ClosedLoop.Settings(r.followUpEnabled(), r.followUpSurveyId(),
        r.followUpDelayMinutes()));
  }
}

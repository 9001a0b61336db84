package io.fokus.surveys.web;

import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.web.PageResponse;
import io.fokus.surveys.internal.InvitationService;
import io.fokus.surveys.internal.InvitationSettings;
import io.fokus.surveys.internal.InvitationStatus;
import io.fokus.surveys.internal.InvitationView;
import io.fokus.surveys.internal.MailView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Personal invitations of customers, and the tenant's invitation settings; MANAGER and ADMIN. */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Validated
class InvitationsController {

  private final InvitationService invitations;

  InvitationsController(InvitationService invitations) {
    this.invitations = invitations;
  }

  record InviteeRequest(String email, String name, String language, Map<String, String> attributes) {
  }

  record InviteRequest(@NotNull @Size(min = 1, max = 1000) List<@NotNull InviteeRequest> invitees) {
  }

  /**
   * Quiet period across all surveys (the customer directory's contact policy), reminder delay and how many reminders
   * an invitation gets at most.
   */
  record SurveySettingsRequest(@Min(0) @Max(365) int quietPeriodDays, @Min(1) @Max(60) Integer reminderAfterDays,
      @Min(0) @Max(5) Integer maxReminders) {
  }

  @GetMapping("/surveys/{id}/invitations")
  PageResponse<InvitationView> list(@PathVariable UUID id,
      @RequestParam(required = false) @Pattern(regexp = "^(PENDING|ANSWERED)$",
          message = "must be PENDING or ANSWERED") String status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return invitations.list(id, status == null ? null : InvitationStatus.valueOf(status), page, size);
  }

  @PostMapping("/surveys/{id}/invitations")
  InvitationService.ImportReport invite(@PathVariable UUID id, @Valid @RequestBody InviteRequest request) {
    return invitations.invite(id, request.invitees().stream()
        .map(i -> new InvitationService.Invitee(i.email(), i.name(), i.language(), i.attributes())).toList());
  }

  @PostMapping(path = "/surveys/{id}/invitations/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  InvitationService.ImportReport upload(@PathVariable UUID id, @RequestPart("file") MultipartFile file)
      throws IOException {
    if (file.isEmpty()) {
      throw new InvalidException("file", "is empty");
    }
    return invitations.upload(id, file.getInputStream());
  }

  @GetMapping("/surveys/{id}/mail-log")
  PageResponse<MailView> mailLog(@PathVariable UUID id,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return invitations.mailLog(id, page, size);
  }

  @GetMapping("/survey-settings")
  InvitationSettings settings() {
    return invitations.settings();
  }

  @PutMapping("/survey-settings")
  InvitationSettings updateSettings(@Valid @RequestBody SurveySettingsRequest request) {
    var current = invitations.settings();
    return invitations.saveSettings(new InvitationSettings(
        request.quietPeriodDays(),
        request.reminderAfterDays() == null ? current.reminderAfterDays() : request.reminderAfterDays(),
        request.maxReminders() == null ? current.maxReminders() : request.maxReminders()));
  }
}

package io.fokus.surveys.web;

import io.fokus.platform.security.CurrentUser;
import io.fokus.surveys.internal.AnswerService;
import io.fokus.surveys.internal.SurveyView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff surveys for every member of the selected tenant: answered once, reported by unit and level only. */
@RestController
@RequestMapping("/api/staff-surveys")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR')")
@Validated
class StaffSurveysController {

  private final AnswerService answers;

  StaffSurveysController(AnswerService answers) {
    this.answers = answers;
  }

  @GetMapping
  List<SurveyView> open() {
    return answers.openStaffSurveys(CurrentUser.get());
  }

  @GetMapping("/{id}")
  AnswerService.SurveyForm form(@PathVariable UUID id,
      @RequestParam(defaultValue = "en") @Pattern(regexp = "^(en|de)$", message = "must be en or de") String lang) {
    return answers.staffForm(id, lang);
  }

  @PostMapping("/{id}/responses")
  ResponseEntity<AnswerService.Submitted> submit(@PathVariable UUID id,
      @Valid @RequestBody SubmissionRequest request) {
    var submitted = answers.submitStaff(id, SurveysController.submission(request), CurrentUser.get());
    return ResponseEntity.created(URI.create("/api/staff-surveys/" + id)).body(submitted);
  }
}

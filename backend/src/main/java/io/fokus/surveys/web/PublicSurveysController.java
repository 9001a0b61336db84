package io.fokus.surveys.web;

import io.fokus.platform.web.RateLimited;
import io.fokus.surveys.internal.AnswerService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public answering of customer surveys, without login: the token of a public link or a personal invitation.
 * Rate-limited per client address (invalid requests count too); submissions are idempotent by their submission id.
 */
@RestController
@RequestMapping("/api/public/surveys")
@Validated
class PublicSurveysController {

  private final AnswerService answers;

  PublicSurveysController(AnswerService answers) {
    this.answers = answers;
  }

  @GetMapping("/{token}")
  @RateLimited(name = "public-survey-read", capacity = "${fokus.rate-limits.public-reads-per-minute:120}",
      period = "PT1M")
  AnswerService.SurveyForm form(@PathVariable String token,
      @RequestParam(required = false) @Pattern(regexp = "^(en|de)$", message = "must be en or de") String lang) {
    return answers.publicForm(token, lang);
  }

  @PostMapping("/{token}/responses")
  @RateLimited(name = "public-survey-submit",
      capacity = "${fokus.rate-limits.public-submissions-per-minute:20}", period = "PT1M")
  ResponseEntity<AnswerService.Submitted> submit(@PathVariable String token,
      @Valid @RequestBody SubmissionRequest request) {
    var submitted = answers.submitPublic(token, SurveysController.submission(request));
    return ResponseEntity.created(URI.create("/api/public/surveys/" + token)).body(submitted);
  }
}

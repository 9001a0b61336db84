package io.fokus.surveys.web;

import io.fokus.platform.web.RateLimits;
import io.fokus.surveys.internal.AnswerService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
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
 * Rate-limited per client; submissions are idempotent by their submission id.
 */
@RestController
@RequestMapping("/api/public/surveys")
@Validated
class PublicSurveysController {

  private final AnswerService answers;
  private final RateLimits rateLimits;
  private final RateLimits.Limit reads;
  private final RateLimits.Limit submissions;

  PublicSurveysController(AnswerService answers, RateLimits rateLimits,
      @Value("${fokus.rate-limits.public-reads-per-minute:120}") long readsPerMinute,
      @Value("${fokus.rate-limits.public-submissions-per-minute:20}") long submissionsPerMinute) {
    this.answers = answers;
    this.rateLimits = rateLimits;
    this.reads = new RateLimits.Limit("public-survey-read", readsPerMinute, Duration.ofMinutes(1));
    this.submissions = new RateLimits.Limit("public-survey-submit", submissionsPerMinute, Duration.ofMinutes(1));
  }

  @GetMapping("/{token}")
  AnswerService.SurveyForm form(@PathVariable String token,
      @RequestParam(required = false) @Pattern(regexp = "^(en|de)$", message = "must be en or de") String lang,
      HttpServletRequest http) {
    rateLimits.check(reads, http.getRemoteAddr());
    return answers.publicForm(token, lang);
  }

  @PostMapping("/{token}/responses")
  ResponseEntity<AnswerService.Submitted> submit(@PathVariable String token,
      @Valid @RequestBody SubmissionRequest request, HttpServletRequest http) {
    rateLimits.check(submissions, http.getRemoteAddr());
    var submitted = answers.submitPublic(token, SurveysController.submission(request));
    return ResponseEntity.created(URI.create("/api/public/surveys/" + token)).body(submitted);
  }
}

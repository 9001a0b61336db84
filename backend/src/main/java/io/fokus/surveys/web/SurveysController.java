package io.fokus.surveys.web;

import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.web.ApiException;
import io.fokus.platform.web.PageResponse;
import io.fokus.surveys.Audience;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.internal.AnswerService;
import io.fokus.surveys.internal.ExportService;
import io.fokus.surveys.internal.InvitationService;
import io.fokus.surveys.internal.ResultsService;
import io.fokus.surveys.internal.SurveyDefinition;
import io.fokus.surveys.internal.SurveyService;
import io.fokus.surveys.internal.SurveyStatus;
import io.fokus.surveys.internal.SurveyView;
import io.fokus.tenants.Level;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Designing, publishing and evaluating surveys: MANAGER and ADMIN design, EXECUTIVE also reads results. */
@RestController
@RequestMapping("/api/surveys")
@Validated
class SurveysController {

  private static final String DESIGNERS = "hasAnyRole('MANAGER', 'ADMIN')";
  private static final String READERS = "hasAnyRole('MANAGER', 'ADMIN', 'EXECUTIVE')";

  private final SurveyService surveys;
  private final ResultsService results;
  private final ExportService export;

  SurveysController(SurveyService surveys, ResultsService results, ExportService export) {
    this.surveys = surveys;
    this.results = results;
    this.export = export;
  }

  record TemplateView(String key, String audience, String touchpoint, java.util.Map<String, String> name,
      SurveyDefinition definition) {
  }

  record NewSurveyRequest(
      @NotBlank @Size(max = 200) String name,
      @Pattern(regexp = "^(NPS|CSAT_SUPPORT|CES|STAFF_SELF_ASSESSMENT)$",
          message = "must be NPS, CSAT_SUPPORT, CES or STAFF_SELF_ASSESSMENT") String template,
      @Pattern(regexp = "^(CUSTOMER|STAFF)$", message = "must be CUSTOMER or STAFF") String audience,
      @Size(min = 1, max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9_-]*$",
          message = "lowercase letters, digits, _ or -") String touchpoint) {
  }

  record SurveyChangeRequest(
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9_-]*$",
          message = "lowercase letters, digits, _ or -") String touchpoint,
      @NotNull @Valid SurveyDefinition definition,
      boolean publicLinkEnabled,
      @Positive Integer responseQuota,
      OffsetDateTime closesAt) {
  }

  @GetMapping("/templates")
  @PreAuthorize(DESIGNERS)
  List<TemplateView> templates() {
    return surveys.templates().stream()
        .map(t -> new TemplateView(t.key(), t.audience().name(), t.touchpoint(), t.name(), t.definition())).toList();
  }

  /** NPS, CSAT or CES across all surveys, by touchpoint, audience, period and customer segment. */
  @GetMapping("/scores")
  @PreAuthorize(READERS)
  ResultsService.TenantScore scores(
      @RequestParam @Pattern(regexp = "^(NPS|CSAT|CES)$", message = "must be NPS, CSAT or CES") String type,
      @RequestParam(required = false) @Size(max = 60) String touchpoint,
      @RequestParam(required = false) @Pattern(regexp = "^(CUSTOMER|STAFF)$",
          message = "must be CUSTOMER or STAFF") String audience,
      @Valid FilterParams filter,
      @RequestParam(defaultValue = "month") String bucket) {
    return results.tenantScore(ScoreType.valueOf(type), touchpoint, audience(audience), filter.toFilter(), bucket);
  }

  @GetMapping
  @PreAuthorize(READERS)
  PageResponse<SurveyView> list(
      @RequestParam(required = false) @Pattern(regexp = "^(DRAFT|PUBLISHED|CLOSED|ARCHIVED)$",
          message = "must be DRAFT, PUBLISHED, CLOSED or ARCHIVED") String status,
      @RequestParam(required = false) @Pattern(regexp = "^(CUSTOMER|STAFF)$",
          message = "must be CUSTOMER or STAFF") String audience,
      @RequestParam(required = false) @Size(max = 100) String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return surveys.list(status == null ? null : SurveyStatus.valueOf(status), audience(audience), q, page, size);
  }

  @PostMapping
  @PreAuthorize(DESIGNERS)
  ResponseEntity<SurveyView> create(@Valid @RequestBody NewSurveyRequest request) {
    SurveyView survey = surveys.create(new SurveyService.NewSurvey(request.name(), request.template(),
        audience(request.audience()), request.touchpoint()), CurrentUser.get());
    return ResponseEntity.created(URI.create("/api/surveys/" + survey.id())).body(survey);
  }

  @GetMapping("/{id}")
  @PreAuthorize(READERS)
  SurveyView get(@PathVariable UUID id) {
    return surveys.get(id);
  }

  @PutMapping("/{id}")
  @PreAuthorize(DESIGNERS)
  SurveyView update(@PathVariable UUID id, @Valid @RequestBody SurveyChangeRequest request) {
    return surveys.update(id, new SurveyService.SurveyChange(request.name(), request.touchpoint(),
        request.definition(), request.publicLinkEnabled(), request.responseQuota(), request.closesAt()));
  }

  @PostMapping("/{id}/publish")
  @PreAuthorize(DESIGNERS)
  SurveyView publish(@PathVariable UUID id) {
    return surveys.publish(id);
  }

  @PostMapping("/{id}/close")
  @PreAuthorize(DESIGNERS)
  SurveyView close(@PathVariable UUID id) {
    return surveys.close(id);
  }

  @PostMapping("/{id}/archive")
  @PreAuthorize(DESIGNERS)
  SurveyView archive(@PathVariable UUID id) {
    return surveys.archive(id);
  }

  @DeleteMapping("/{id}")
  @PreAuthorize(DESIGNERS)
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    surveys.deleteDraft(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/results")
  @PreAuthorize(READERS)
  ResultsService.Results results(@PathVariable UUID id, @Valid FilterParams filter) {
    return results.results(id, filter.toFilter());
  }

  @GetMapping("/{id}/results/series")
  @PreAuthorize(READERS)
  List<ResultsService.Series> series(@PathVariable UUID id, @Valid FilterParams filter,
      @RequestParam(defaultValue = "week") String bucket) {
    return results.series(id, filter.toFilter(), bucket);
  }

  @GetMapping("/{id}/comments")
  @PreAuthorize(READERS)
  PageResponse<ResultsService.Comment> comments(@PathVariable UUID id, @Valid FilterParams filter,
      @RequestParam(required = false) @Size(max = 40) String questionId,
      @RequestParam(required = false) @Size(max = 200) String contains,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return results.comments(id, filter.toFilter(), questionId, contains, page, size);
  }

  /** Raw answers as CSV, streamed from a database cursor. */
  @GetMapping("/{id}/export.csv")
  @PreAuthorize(READERS)
  void exportCsv(@PathVariable UUID id, @Valid FilterParams filter, HttpServletResponse response)
      throws IOException {
    ResultsService.Filter chosen = filter.toFilter();
    export.requireExportable(id, chosen);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"survey-" + id + ".csv\"");
    export.export(id, chosen, response.getOutputStream());
  }

  /** Query parameters that choose the responses of a result. */
  record FilterParams(
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @Size(max = 64) String tz,
      @Pattern(regexp = "^(en|de)$", message = "must be en or de") String language,
      UUID unitId,
      @Pattern(regexp = "^(EXECUTIVE|MANAGER|FRONTLINE)$", message = "must be EXECUTIVE, MANAGER or FRONTLINE")
      String level,
      @Pattern(regexp = "^[a-z][a-z0-9_]{0,39}$", message = "is not an attribute name") String attribute,
      @Size(max = 200) String value) {

    ResultsService.Filter toFilter() {
      ZoneId zone;
      try {
        zone = tz == null || tz.isBlank() ? ZoneId.of("UTC") : ZoneId.of(tz);
      } catch (DateTimeException e) {
        throw ApiException.invalid("tz", "must be a time zone such as Europe/Berlin");
      }
      if (from != null && to != null && to.isBefore(from)) {
        throw ApiException.invalid("to", "must not be before from");
      }
      return new ResultsService.Filter(from, to, zone, language, unitId, level == null ? null : Level.valueOf(level),
          attribute, value);
    }
  }

  /** An audience as the API's validated text names it; null for none. */
  private static Audience audience(String name) {
    return name == null ? null : Audience.valueOf(name);
  }

  static AnswerService.Submission submission(SubmissionRequest request) {
    return new AnswerService.Submission(request.submissionId(), request.language(), request.answers());
  }
}

package io.fokus.surveys.internal;

import fokus.db.surveys.tables.records.SurveyRecord;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.web.PageResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Designing surveys: create from a template or from scratch, edit the draft, publish versions, close, archive. */
@Service
public class SurveyService {

  private final Surveys surveys;

  SurveyService(Surveys surveys) {
    this.surveys = surveys;
  }

  /** A new survey: from {@code template} (a template key) or from scratch with the given audience. */
  public record NewSurvey(String name, String template, String audience, String touchpoint) {
  }

  /** The editable parts of a survey. */
  public record SurveyChange(String name, String touchpoint, SurveyDefinition definition, boolean publicLinkEnabled,
      Integer responseQuota, OffsetDateTime closesAt) {
  }

  @Transactional
  public SurveyView create(NewSurvey request, CurrentUser user) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyDefinition definition;
    String audience;
    String touchpoint;
    if (request.template() != null) {
      var template = SurveyTemplates.ALL.stream().filter(t -> t.key().equals(request.template())).findFirst()
          .orElseThrow(() -> ApiException.invalid("template", "is not a known template"));
      definition = template.definition();
      audience = template.audience();
      touchpoint = request.touchpoint() == null ? template.touchpoint() : request.touchpoint();
    } else {
      if (request.audience() == null) {
        throw ApiException.invalid("audience", "is required without a template (CUSTOMER or STAFF)");
      }
      audience = request.audience();
      touchpoint = request.touchpoint() == null ? "general" : request.touchpoint();
      definition = new SurveyDefinition(Map.of("en", request.name()), null, List.of());
    }
    UUID id = surveys.insert(tenant, request.name().trim(), audience, touchpoint, definition,
        user.memberId().orElse(null));
    return get(id);
  }

  @Transactional(readOnly = true)
  public SurveyView get(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = surveys.find(tenant, id).orElseThrow(() -> ApiException.notFound("Survey"));
    return surveys.view(survey, surveys.responseCount(tenant, id));
  }

  @Transactional(readOnly = true)
  public PageResponse<SurveyView> list(String status, String audience, String query, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    List<SurveyRecord> rows = surveys.page(tenant, status, audience, query, page, size);
    Map<UUID, Long> counts = surveys.responseCounts(tenant, rows.stream().map(SurveyRecord::getId).toList());
    return new PageResponse<>(rows.stream().map(r -> surveys.view(r, counts.getOrDefault(r.getId(), 0L))).toList(),
        page, size, surveys.count(tenant, status, audience, query));
  }

  /** Saves the draft; a published survey keeps answering its published version until the next publish. */
  @Transactional
  public SurveyView update(UUID id, SurveyChange change) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = surveys.lock(tenant, id).orElseThrow(() -> ApiException.notFound("Survey"));
    if ("ARCHIVED".equals(survey.getStatus())) {
      throw ApiException.conflict("An archived survey cannot be changed");
    }
    List<FieldError> errors = Questionnaire.check(change.definition(), false).stream()
        .map(e -> new FieldError("definition." + e.field(), e.message())).toList();
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    surveys.updateDraft(tenant, id, change.name().trim(), change.touchpoint().trim(), change.definition(),
        change.publicLinkEnabled(), change.responseQuota(), change.closesAt());
    return get(id);
  }

  /** Freezes the draft as a new version; answers always refer to the version they answered. */
  @Transactional
  public SurveyView publish(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = surveys.lock(tenant, id).orElseThrow(() -> ApiException.notFound("Survey"));
    if ("ARCHIVED".equals(survey.getStatus())) {
      throw ApiException.conflict("An archived survey cannot be published");
    }
    SurveyDefinition draft = surveys.definition(survey.getDraft());
    List<FieldError> errors = Questionnaire.check(draft, true).stream()
        .map(e -> new FieldError("definition." + e.field(), e.message())).toList();
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
    if (survey.getPublishedVersion() != null && !survey.getDraftChanged() && "PUBLISHED".equals(survey.getStatus())) {
      return get(id); // nothing new to publish: publishing again is harmless
    }
    if (survey.getPublishedVersion() != null && !survey.getDraftChanged()) {
      surveys.setStatus(tenant, id, "PUBLISHED"); // reopening a closed survey with the same version
    } else {
      surveys.publish(tenant, survey);
    }
    return get(id);
  }

  /** Stops accepting answers. */
  @Transactional
  public SurveyView close(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = surveys.lock(tenant, id).orElseThrow(() -> ApiException.notFound("Survey"));
    if (!"PUBLISHED".equals(survey.getStatus())) {
      throw ApiException.conflict("Only a published survey can be closed");
    }
    surveys.setStatus(tenant, id, "CLOSED");
    return get(id);
  }

  /** Hides the survey from lists (results stay); a survey never published is deleted instead. */
  @Transactional
  public SurveyView archive(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    surveys.lock(tenant, id).orElseThrow(() -> ApiException.notFound("Survey"));
    surveys.setStatus(tenant, id, "ARCHIVED");
    return get(id);
  }

  @Transactional
  public void deleteDraft(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    surveys.find(tenant, id).orElseThrow(() -> ApiException.notFound("Survey"));
    if (!surveys.deleteDraft(tenant, id)) {
      throw ApiException.conflict("A published survey cannot be deleted; archive it instead");
    }
  }
}

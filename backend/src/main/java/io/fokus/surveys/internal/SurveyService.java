package io.fokus.surveys.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PageResponse;
import io.fokus.surveys.Audience;
import io.fokus.surveys.SurveyId;
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
  public record NewSurvey(String name, String template, Audience audience, String touchpoint) {
  }

  /** The editable parts of a survey. */
  public record SurveyChange(String name, String touchpoint, SurveyDefinition definition, boolean publicLinkEnabled,
      Integer responseQuota, OffsetDateTime closesAt) {
  }

  /** The ready-made surveys to start from. */
  public List<SurveyTemplate> templates() {
    return SurveyTemplates.ALL;
  }

  @Transactional
  public SurveyView create(NewSurvey request, CurrentUser user) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyDefinition definition;
    Audience audience;
    String touchpoint;
    if (request.template() != null) {
      var template = SurveyTemplates.ALL.stream().filter(t -> t.key().equals(request.template())).findFirst()
          .orElseThrow(() -> new InvalidException("template", "is not a known template"));
      definition = template.definition();
      audience = template.audience();
      touchpoint = request.touchpoint() == null ? template.touchpoint() : request.touchpoint();
    } else {
      if (request.audience() == null) {
        throw new InvalidException("audience", "is required without a template (CUSTOMER or STAFF)");
      }
      audience = request.audience();
      touchpoint = request.touchpoint() == null ? "general" : request.touchpoint();
      definition = new SurveyDefinition(Map.of("en", request.name()), null, List.of());
    }
    SurveyId id = surveys.insert(tenant, request.name().trim(), audience, touchpoint, definition,
        user.memberId().orElse(null));
    return view(tenant, id);
  }

  @Transactional(readOnly = true)
  public SurveyView get(UUID id) {
    return view(Tenancy.requireTenant(), new SurveyId(id));
  }

  @Transactional(readOnly = true)
  public PageResponse<SurveyView> list(SurveyStatus status, Audience audience, String query, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    List<Survey> rows = surveys.page(tenant, status, audience, query, page, size);
    Map<SurveyId, Long> counts = surveys.responseCounts(tenant, rows.stream().map(Survey::id).toList());
    return new PageResponse<>(rows.stream().map(s -> SurveyView.of(s, counts.getOrDefault(s.id(), 0L))).toList(),
        page, size, surveys.count(tenant, status, audience, query));
  }

  /** Saves the draft; a published survey keeps answering its published version until the next publish. */
  @Transactional
  public SurveyView update(UUID id, SurveyChange change) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = lock(tenant, id);
    if (survey.status() == SurveyStatus.ARCHIVED) {
      throw new ConflictException("An archived survey cannot be changed");
    }
    requireComplete(change.definition(), false);
    surveys.updateDraft(tenant, survey.id(), change.name().trim(), change.touchpoint().trim(), change.definition(),
        change.publicLinkEnabled(), change.responseQuota(), change.closesAt());
    return view(tenant, survey.id());
  }

  /** Freezes the draft as a new version; answers always refer to the version they answered. */
  @Transactional
  public SurveyView publish(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = lock(tenant, id);
    if (survey.status() == SurveyStatus.ARCHIVED) {
      throw new ConflictException("An archived survey cannot be published");
    }
    requireComplete(survey.draft(), true);
    if (survey.isPublished() && !survey.draftChanged() && survey.status() == SurveyStatus.PUBLISHED) {
      return view(tenant, survey.id()); // nothing new to publish: publishing again is harmless
    }
    if (survey.isPublished() && !survey.draftChanged()) {
      surveys.setStatus(tenant, survey.id(), SurveyStatus.PUBLISHED); // reopening a closed survey, same version
    } else {
      surveys.publish(tenant, survey);
    }
    return view(tenant, survey.id());
  }

  /** Stops accepting answers. */
  @Transactional
  public SurveyView close(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = lock(tenant, id);
    if (survey.status() != SurveyStatus.PUBLISHED) {
      throw new ConflictException("Only a published survey can be closed");
    }
    surveys.setStatus(tenant, survey.id(), SurveyStatus.CLOSED);
    return view(tenant, survey.id());
  }

  /** Hides the survey from lists (results stay); a survey never published is deleted instead. */
  @Transactional
  public SurveyView archive(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = lock(tenant, id);
    surveys.setStatus(tenant, survey.id(), SurveyStatus.ARCHIVED);
    return view(tenant, survey.id());
  }

  @Transactional
  public void deleteDraft(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyId survey = new SurveyId(id);
    surveys.find(tenant, survey).orElseThrow(SurveyNotFound::new);
    if (!surveys.deleteDraft(tenant, survey)) {
      throw new ConflictException("A published survey cannot be deleted; archive it instead");
    }
  }

  private Survey lock(TenantId tenant, UUID id) {
    return surveys.lock(tenant, new SurveyId(id)).orElseThrow(SurveyNotFound::new);
  }

  private SurveyView view(TenantId tenant, SurveyId id) {
    Survey survey = surveys.find(tenant, id).orElseThrow(SurveyNotFound::new);
    return SurveyView.of(survey, surveys.responseCount(tenant, id));
  }

  private static void requireComplete(SurveyDefinition definition, boolean forPublishing) {
    List<FieldError> errors = Questionnaire.check(definition, forPublishing).stream()
        .map(e -> new FieldError("definition." + e.field(), e.message())).toList();
    if (!errors.isEmpty()) {
      throw new InvalidException(errors);
    }
  }
}

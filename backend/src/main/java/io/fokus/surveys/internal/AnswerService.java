package io.fokus.surveys.internal;

import fokus.db.surveys.tables.records.InvitationRecord;
import fokus.db.surveys.tables.records.ResponseRecord;
import fokus.db.surveys.tables.records.SurveyRecord;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.platform.web.ApiException;
import io.fokus.surveys.SurveyResponseSubmitted;
import io.fokus.surveys.internal.SurveyDefinition.Question;
import io.fokus.tenants.MemberProfiles;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Answering: customers through a public link or a personal invitation (no login), staff as logged-in members.
 * Every submission is validated against the version it answers, stored once per submission id, and announced as
 * {@link SurveyResponseSubmitted}.
 */
@Service
public class AnswerService {

  private final Surveys surveys;
  private final Responses responses;
  private final Invitations invitations;
  private final Tenancy tenancy;
  private final TenantEvents events;
  private final MemberProfiles profiles;

  AnswerService(Surveys surveys, Responses responses, Invitations invitations, Tenancy tenancy, TenantEvents events,
      MemberProfiles profiles) {
    this.surveys = surveys;
    this.responses = responses;
    this.invitations = invitations;
    this.tenancy = tenancy;
    this.events = events;
    this.profiles = profiles;
  }

  /** What a respondent submits; {@code submissionId} makes retries safe. */
  public record Submission(UUID submissionId, String language, Map<String, JsonNode> answers) {
  }

  /** The acknowledgement of a stored response; a retry of the same submission gets the same one. */
  public record Submitted(UUID responseId, OffsetDateTime submittedAt) {
  }

  /** A question as a respondent sees it, in one language. */
  public record QuestionForm(String id, String type, String text, boolean required, Integer min, Integer max,
      String minLabel, String maxLabel, List<OptionForm> options, SurveyDefinition.Condition showIf) {
  }

  public record OptionForm(String id, String text) {
  }

  /** The survey as a respondent sees it. */
  public record SurveyForm(String title, String intro, String language, List<String> languages,
      List<QuestionForm> questions, String customerName) {
  }

  private record Target(TenantId tenant, SurveyRecord survey, InvitationRecord invitation) {
  }

  @Transactional
  public SurveyForm publicForm(String token, String language) {
    TenantId tenant = TenantTokens.tenantOf(token).orElseThrow(() -> ApiException.notFound("Survey"));
    return tenancy.runAs(tenant, () -> {
      Target target = resolve(tenant, token, false);
      requireOpen(target);
      var customer = target.invitation() == null ? java.util.Optional.<io.fokus.customers.Customer>empty()
          : invitations.customer(tenant, target.invitation().getCustomerId());
      String lang = language != null ? language : customer.map(c -> c.language()).orElse("en");
      return form(published(target), lang, customer.map(c -> c.name()).orElse(null));
    });
  }

  @Transactional
  public Submitted submitPublic(String token, Submission submission) {
    TenantId tenant = TenantTokens.tenantOf(token).orElseThrow(() -> ApiException.notFound("Survey"));
    return tenancy.runAs(tenant, () -> {
      Target target = resolve(tenant, token, true);
      SurveyRecord survey = target.survey();
      var replay = responses.bySubmission(tenant, survey.getId(), submission.submissionId());
      if (replay.isPresent()) {
        return acknowledge(replay.get());
      }
      if (target.invitation() != null && "ANSWERED".equals(target.invitation().getStatus())) {
        throw ApiException.conflict("This invitation has already been answered");
      }
      requireOpen(target);
      if (target.invitation() == null && survey.getResponseQuota() != null
          && surveys.responseCount(tenant, survey.getId()) >= survey.getResponseQuota()) {
        throw ApiException.gone("This survey has received all the answers it asked for");
      }
      SurveyDefinition definition = published(target);
      List<Questionnaire.Answer> answers = validate(definition, submission);
      Map<String, String> attributes = Map.of();
      String email = null;
      if (target.invitation() != null) {
        var customer = invitations.customer(tenant, target.invitation().getCustomerId())
            .orElseThrow(() -> ApiException.notFound("Survey")); // erased a moment ago
        attributes = invitations.attributes(customer);
        email = customer.email();
      }
      var stored = responses.insert(tenant, submission.submissionId(), new Responses.Context(
          survey.getId(), survey.getPublishedVersion(), target.invitation() == null ? null : target.invitation().getId(),
          survey.getTouchpoint(), survey.getAudience(), submission.language(), attributes, null, null), answers);
      if (stored.isEmpty()) {
        return acknowledgeStored(tenant, survey.getId(), submission);
      }
      ResponseRecord response = stored.get();
      if (target.invitation() != null) {
        invitations.markAnswered(tenant, target.invitation().getId());
      }
      announce(tenant, survey, response, answers, attributes, email);
      return acknowledge(response);
    });
  }

  /** Published staff surveys the member has not answered yet. */
  @Transactional(readOnly = true)
  public List<SurveyView> openStaffSurveys(CurrentUser user) {
    TenantId tenant = Tenancy.requireTenant();
    UUID member = user.memberId().orElseThrow(() -> ApiException.forbidden("Only members answer staff surveys"));
    return surveys.openStaffSurveys(tenant).stream()
        .filter(s -> !responses.participated(tenant, s.getId(), member))
        .filter(s -> s.getClosesAt() == null || s.getClosesAt().isAfter(OffsetDateTime.now()))
        .map(s -> surveys.view(s, 0))
        .toList();
  }

  @Transactional(readOnly = true)
  public SurveyForm staffForm(UUID surveyId, String language) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = staffSurvey(tenant, surveyId);
    requireOpen(new Target(tenant, survey, null));
    return form(surveys.version(tenant, surveyId, survey.getPublishedVersion()).orElseThrow(), language, null);
  }

  /** Stores a member's answers with unit and level only; the member is recorded apart, to answer only once. */
  @Transactional
  public Submitted submitStaff(UUID surveyId, Submission submission, CurrentUser user) {
    TenantId tenant = Tenancy.requireTenant();
    UUID member = user.memberId().orElseThrow(() -> ApiException.forbidden("Only members answer staff surveys"));
    SurveyRecord survey = staffSurvey(tenant, surveyId);
    var replay = responses.bySubmission(tenant, surveyId, submission.submissionId());
    if (replay.isPresent()) {
      return acknowledge(replay.get());
    }
    requireOpen(new Target(tenant, survey, null));
    SurveyDefinition definition = surveys.version(tenant, surveyId, survey.getPublishedVersion()).orElseThrow();
    List<Questionnaire.Answer> answers = validate(definition, submission);
    var profile = profiles.profile(member).orElseThrow(() -> ApiException.forbidden("Not a member"));
    var stored = responses.insert(tenant, submission.submissionId(), new Responses.Context(surveyId,
        survey.getPublishedVersion(), null, survey.getTouchpoint(), survey.getAudience(), submission.language(),
        Map.of(), profile.unitId(), profile.level().name()), answers);
    if (stored.isEmpty()) {
      return acknowledgeStored(tenant, surveyId, submission);
    }
    ResponseRecord response = stored.get();
    if (!responses.recordParticipation(tenant, surveyId, member)) {
      throw ApiException.conflict("You have already answered this survey"); // rolls the response back
    }
    announce(tenant, survey, response, answers, Map.of(), null);
    return acknowledge(response);
  }

  private SurveyRecord staffSurvey(TenantId tenant, UUID surveyId) {
    return surveys.find(tenant, surveyId).filter(s -> "STAFF".equals(s.getAudience())
        && s.getPublishedVersion() != null).orElseThrow(() -> ApiException.notFound("Survey"));
  }

  private Target resolve(TenantId tenant, String token, boolean lockInvitation) {
    var survey = surveys.findByPublicToken(tenant, token);
    if (survey.isPresent()) {
      if (!survey.get().getPublicLinkEnabled() || !"CUSTOMER".equals(survey.get().getAudience())
          || survey.get().getPublishedVersion() == null) {
        throw ApiException.notFound("Survey");
      }
      if (survey.get().getResponseQuota() != null) {
        surveys.lock(tenant, survey.get().getId()); // the quota check and the insert must not interleave
      }
      return new Target(tenant, survey.get(), null);
    }
    InvitationRecord invitation = invitations.lockByToken(tenant, token)
        .orElseThrow(() -> ApiException.notFound("Survey"));
    SurveyRecord invited = surveys.find(tenant, invitation.getSurveyId())
        .filter(s -> s.getPublishedVersion() != null).orElseThrow(() -> ApiException.notFound("Survey"));
    return new Target(tenant, invited, invitation);
  }

  private static void requireOpen(Target target) {
    SurveyRecord survey = target.survey();
    if (!"PUBLISHED".equals(survey.getStatus())
        || (survey.getClosesAt() != null && !survey.getClosesAt().isAfter(OffsetDateTime.now()))) {
      throw ApiException.gone("This survey is closed");
    }
  }

  private SurveyDefinition published(Target target) {
    return surveys.version(target.tenant(), target.survey().getId(), target.survey().getPublishedVersion())
        .orElseThrow();
  }

  private static List<Questionnaire.Answer> validate(SurveyDefinition definition, Submission submission) {
    try {
      return Questionnaire.validate(definition, submission.answers());
    } catch (Questionnaire.SubmissionException e) {
      throw ApiException.invalid(e.errors());
    }
  }

  private void announce(TenantId tenant, SurveyRecord survey, ResponseRecord response,
      List<Questionnaire.Answer> answers, Map<String, String> attributes, String email) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (Questionnaire.Answer answer : answers) {
      switch (answer.type()) {
        case NPS, CSAT, CES -> scores.putIfAbsent(answer.type().name(), answer.number());
        default -> {
        }
      }
    }
    events.publish(new SurveyResponseSubmitted(tenant, survey.getId(), response.getVersion(), response.getId(),
        survey.getAudience(), survey.getTouchpoint(), scores, attributes, response.getInvitationId(), email,
        response.getSubmittedAt().toInstant()));
  }

  /** The acknowledgement of a copy of the submission that a concurrent request stored first (and committed). */
  private Submitted acknowledgeStored(TenantId tenant, UUID surveyId, Submission submission) {
    return acknowledge(responses.bySubmission(tenant, surveyId, submission.submissionId()).orElseThrow());
  }

  private static Submitted acknowledge(ResponseRecord response) {
    return new Submitted(response.getId(), response.getSubmittedAt());
  }

  static SurveyForm form(SurveyDefinition definition, String language, String customerName) {
    String lang = SurveyDefinition.LANGUAGES.contains(language) ? language : "en";
    List<QuestionForm> questions = definition.questions().stream().map(q -> question(q, lang)).toList();
    return new SurveyForm(SurveyDefinition.text(definition.title(), lang), SurveyDefinition.text(definition.intro(),
        lang), lang, SurveyDefinition.LANGUAGES, questions, customerName);
  }

  private static QuestionForm question(Question q, String lang) {
    var range = SurveyDefinition.rangeOf(q);
    return new QuestionForm(q.id(), q.type().name(), SurveyDefinition.text(q.text(), lang), q.required(),
        range == null ? null : range.min(), range == null ? null : range.max(),
        q.scale() == null ? null : SurveyDefinition.text(q.scale().minLabel(), lang),
        q.scale() == null ? null : SurveyDefinition.text(q.scale().maxLabel(), lang),
        q.options() == null ? null : q.options().stream()
            .map(o -> new OptionForm(o.id(), SurveyDefinition.text(o.text(), lang))).toList(),
        q.showIf());
  }
}

package io.fokus.surveys.internal;

import io.fokus.customers.Customer;
import io.fokus.customers.CustomerId;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotPermittedException;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.surveys.Audience;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyId;
import io.fokus.surveys.SurveyResponseSubmitted;
import io.fokus.surveys.internal.SurveyDefinition.Question;
import io.fokus.tenants.MemberProfiles;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** What a token opens: a survey, and the personal invitation or null. */
  private record Target(TenantId tenant, Survey survey, Invitations.Invitation invitation) {

    boolean invited() {
      return invitation != null;
    }
  }

  @Transactional
  public SurveyForm publicForm(String token, String language) {
    TenantId tenant = TenantTokens.tenantOf(token).orElseThrow(SurveyNotFound::new);
    return tenancy.runAs(tenant, () -> {
      Target target = resolve(tenant, token, false);
      requireOpen(target.survey());
      Optional<Customer> customer = target.invited()
          ? invitations.customer(tenant, target.invitation().customerId().value()) : Optional.empty();
      String lang = language != null ? language : customer.map(Customer::language).orElse("en");
      return form(published(target), lang, customer.map(Customer::name).orElse(null));
    });
  }

  @Transactional
  public Submitted submitPublic(String token, Submission submission) {
    TenantId tenant = TenantTokens.tenantOf(token).orElseThrow(SurveyNotFound::new);
    return tenancy.runAs(tenant, () -> {
      Target target = resolve(tenant, token, true);
      Survey survey = target.survey();
      var replay = responses.bySubmission(tenant, survey.id(), submission.submissionId());
      if (replay.isPresent()) {
        return acknowledge(replay.get());
      }
      if (target.invited() && target.invitation().status() == InvitationStatus.ANSWERED) {
        throw new AlreadyAnswered("This invitation has already been answered");
      }
      requireOpen(survey);
      if (!target.invited() && survey.responseQuota() != null
          && surveys.responseCount(tenant, survey.id()) >= survey.responseQuota()) {
        throw new QuotaReached();
      }
      SurveyDefinition definition = published(target);
      List<Questionnaire.Answer> answers = validate(definition, submission);
      Map<String, String> attributes = Map.of();
      CustomerId customer = null;
      UUID invitationId = null;
      if (target.invited()) {
        invitationId = target.invitation().id();
        customer = target.invitation().customerId();
        attributes = invitations.attributes(invitations.customer(tenant, customer.value())
            .orElseThrow(SurveyNotFound::new)); // erased a moment ago
      }
      var stored = responses.insert(tenant, submission.submissionId(), new Responses.Context(survey.id(),
          survey.publishedVersion(), invitationId, survey.touchpoint(), survey.audience(), submission.language(),
          attributes, null, null), answers);
      if (stored.isEmpty()) {
        return acknowledgeStored(tenant, survey.id(), submission);
      }
      Response response = stored.get();
      if (target.invited()) {
        invitations.markAnswered(tenant, invitationId);
      }
      announce(tenant, survey, response, answers, attributes, customer,
          target.invited() ? target.invitation().context() : null);
      return acknowledge(response);
    });
  }

  /** Published staff surveys the member has not answered yet. */
  @Transactional(readOnly = true)
  public List<SurveyView> openStaffSurveys(CurrentUser user) {
    TenantId tenant = Tenancy.requireTenant();
    UUID member = user.memberId().orElseThrow(() -> new NotPermittedException("Only members answer staff surveys"));
    OffsetDateTime now = OffsetDateTime.now();
    return surveys.openStaffSurveys(tenant).stream()
        .filter(s -> s.isOpen(now))
        .filter(s -> !responses.participated(tenant, s.id(), member))
        .map(s -> SurveyView.of(s, 0))
        .toList();
  }

  @Transactional(readOnly = true)
  public SurveyForm staffForm(UUID surveyId, String language) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = staffSurvey(tenant, surveyId);
    requireOpen(survey);
    return form(surveys.version(tenant, survey.id(), survey.publishedVersion()).orElseThrow(), language, null);
  }

  /** Stores a member's answers with unit and level only; the member is recorded apart, to answer only once. */
  @Transactional
  public Submitted submitStaff(UUID surveyId, Submission submission, CurrentUser user) {
    TenantId tenant = Tenancy.requireTenant();
    UUID member = user.memberId().orElseThrow(() -> new NotPermittedException("Only members answer staff surveys"));
    Survey survey = staffSurvey(tenant, surveyId);
    var replay = responses.bySubmission(tenant, survey.id(), submission.submissionId());
    if (replay.isPresent()) {
      return acknowledge(replay.get());
    }
    requireOpen(survey);
    SurveyDefinition definition = surveys.version(tenant, survey.id(), survey.publishedVersion()).orElseThrow();
    List<Questionnaire.Answer> answers = validate(definition, submission);
    var profile = profiles.profile(member).orElseThrow(() -> new NotPermittedException("Not a member"));
    var stored = responses.insert(tenant, submission.submissionId(), new Responses.Context(survey.id(),
        survey.publishedVersion(), null, survey.touchpoint(), survey.audience(), submission.language(),
        Map.of(), profile.unitId(), profile.level()), answers);
    if (stored.isEmpty()) {
      return acknowledgeStored(tenant, survey.id(), submission);
    }
    Response response = stored.get();
    if (!responses.recordParticipation(tenant, survey.id(), member)) {
      throw new AlreadyAnswered("You have already answered this survey"); // rolls the response back
    }
    announce(tenant, survey, response, answers, Map.of(), null, null);
    return acknowledge(response);
  }

  private Survey staffSurvey(TenantId tenant, UUID surveyId) {
    return surveys.find(tenant, new SurveyId(surveyId)).filter(s -> s.isStaff() && s.isPublished())
        .orElseThrow(SurveyNotFound::new);
  }

  private Target resolve(TenantId tenant, String token, boolean lockInvitation) {
    var survey = surveys.findByPublicToken(tenant, token);
    if (survey.isPresent()) {
      if (!survey.get().publicLinkEnabled() || survey.get().audience() != Audience.CUSTOMER
          || !survey.get().isPublished()) {
        throw new SurveyNotFound();
      }
      if (survey.get().responseQuota() != null) {
        surveys.lock(tenant, survey.get().id()); // the quota check and the insert must not interleave
      }
      return new Target(tenant, survey.get(), null);
    }
    Invitations.Invitation invitation = invitations.lockByToken(tenant, token).orElseThrow(SurveyNotFound::new);
    Survey invited = surveys.find(tenant, new SurveyId(invitation.surveyId())).filter(Survey::isPublished)
        .orElseThrow(SurveyNotFound::new);
    return new Target(tenant, invited, invitation);
  }

  private static void requireOpen(Survey survey) {
    if (!survey.isOpen(OffsetDateTime.now())) {
      throw new SurveyClosed();
    }
  }

  private SurveyDefinition published(Target target) {
    return surveys.version(target.tenant(), target.survey().id(), target.survey().publishedVersion()).orElseThrow();
  }

  private static List<Questionnaire.Answer> validate(SurveyDefinition definition, Submission submission) {
    try {
      return Questionnaire.validate(definition, submission.answers());
    } catch (Questionnaire.SubmissionException e) {
      throw new InvalidException(e.errors());
    }
  }

  private void announce(TenantId tenant, Survey survey, Response response, List<Questionnaire.Answer> answers,
      Map<String, String> attributes, CustomerId customer, String context) {
    Map<ScoreType, Integer> scores = new LinkedHashMap<>();
    for (Questionnaire.Answer answer : answers) {
      answer.type().scoreType().ifPresent(type -> scores.putIfAbsent(type, answer.number()));
    }
    events.publish(new SurveyResponseSubmitted(tenant, survey.id(), response.version(), response.id(),
        survey.audience(), survey.touchpoint(), scores, attributes, response.invitationId(), customer,
        response.submittedAt().toInstant(), context));
  }

  /** The acknowledgement of a copy of the submission that a concurrent request stored first (and committed). */
  private Submitted acknowledgeStored(TenantId tenant, SurveyId surveyId, Submission submission) {
    return acknowledge(responses.bySubmission(tenant, surveyId, submission.submissionId()).orElseThrow());
  }

  private static Submitted acknowledge(Response response) {
    return new Submitted(response.id().value(), response.submittedAt());
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

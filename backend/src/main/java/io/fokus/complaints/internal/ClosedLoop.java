package io.fokus.complaints.internal;

import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintResolved;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyId;
import io.fokus.surveys.SurveyRequests;
import io.fokus.surveys.SurveyResponseSubmitted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed loop of complaints (DESIGN.md §3): a resolved complaint gets the customer a follow-up survey, asked of
 * the surveys module with the context {@code complaint:<id>}, once per complaint; the answer comes back with that
 * context and is linked to the complaint. A low follow-up score stays on its complaint (shown there and counted for
 * its category, unit and assignee); it does not open a recovery case, which is for detractor answers outside a
 * complaint's follow-up.
 */
@Service
public class ClosedLoop {

  private static final String CONTEXT_PREFIX = "complaint:";

  private final FollowUps followUps;
  private final RecoveryResponses recoveryResponses;
  private final Closures closures;
  private final SurveyRequests surveys;
  private final Clock clock;

  ClosedLoop(FollowUps followUps, RecoveryResponses recoveryResponses, Closures closures, SurveyRequests surveys,
      Clock clock) {
    this.followUps = followUps;
    this.recoveryResponses = recoveryResponses;
    this.closures = closures;
    this.surveys = surveys;
    this.clock = clock;
  }

  /**
   * The tenant's follow-up settings.
   *
   * @param followUpSurveyId the survey sent, or null for the default CSAT follow-up survey
   * @param followUpDelayMinutes how long after the resolution the survey goes out, 0 to 30 days
   */
  public record Settings(boolean followUpEnabled, UUID followUpSurveyId, int followUpDelayMinutes) {

    public static final int MAX_DELAY_MINUTES = 30 * 24 * 60;
    static final Settings DEFAULT = new Settings(true, null, 24 * 60);
  }

  /** Where a complaint's follow-up survey is: its mail waits, went out, was not sent (why), or was answered. */
  public enum FollowUpState {
    SCHEDULED, SENT, NOT_SENT, ANSWERED
  }

  /**
   * A complaint's follow-up survey.
   *
   * @param notSentReason why it was not sent (OPTED_OUT, QUIET_PERIOD, UNKNOWN_CUSTOMER, SURVEY_UNAVAILABLE), or null
   * @param link the customer's personal answering link (to copy without SMTP), or null
   * @param csat the CSAT answer (1–5), or null (not answered, or the survey asks none)
   * @param comments the customer's text answers
   */
  public record FollowUpView(FollowUpState state, UUID surveyId, UUID invitationId, Instant sendAt,
      String notSentReason, String link, UUID responseId, Integer csat, Instant answeredAt, List<String> comments) {
  }

  /** A detractor answer that opened a recovery case or was added to it. */
  public record RecoveryAnswer(UUID responseId, ScoreType scoreType, int score, Instant submittedAt) {
  }

  /** What a complaint was closed with; both null until then (or when not given for a complaint). */
  public record Closure(UUID rootCauseId, Boolean issueResolved) {
  }

  /** The loop's part of a complaint's page. */
  public record Loop(FollowUpView followUp, Closure closure, List<RecoveryAnswer> recoveryAnswers) {
  }

  @Transactional(readOnly = true)
  public Settings settings() {
    return followUps.settings(Tenancy.requireTenant());
  }

  @Transactional
  public Settings saveSettings(Settings settings) {
    if (settings.followUpDelayMinutes() < 0 || settings.followUpDelayMinutes() > Settings.MAX_DELAY_MINUTES) {
      throw new InvalidException("followUpDelayMinutes", "must be from 0 to " + Settings.MAX_DELAY_MINUTES);
    }
    if (settings.followUpSurveyId() != null && !surveys.requestable(new SurveyId(settings.followUpSurveyId()))) {
      throw new InvalidException("followUpSurveyId", "is not a published customer survey of the tenant");
    }
    followUps.save(Tenancy.requireTenant(), settings);
    return settings;
  }

  /** The follow-up, closure and recovery answers of a complaint the caller was allowed to see. */
  @Transactional(readOnly = true)
  public Loop loop(ComplaintId id) {
    TenantId tenant = Tenancy.requireTenant();
    FollowUpView followUp = followUps.of(tenant, id).map(this::view).orElse(null);
    return new Loop(followUp, closures.of(tenant, id), recoveryResponses.of(tenant, id));
  }

  private FollowUpView view(FollowUps.FollowUp f) {
    FollowUpState state = switch (f.state()) {
      case "NOT_SENT" -> FollowUpState.NOT_SENT;
      case "ANSWERED" -> FollowUpState.ANSWERED;
      default -> f.sendAt() != null && f.sendAt().toInstant().isAfter(clock.instant()) ? FollowUpState.SCHEDULED
          : FollowUpState.SENT;
    };
    String link = state == FollowUpState.NOT_SENT ? null
        : surveys.invitation(contextOf(f.complaintId())).map(SurveyRequests.Invitation::link).orElse(null);
    List<String> comments = f.responseId() == null ? List.of() : surveys.comments(new ResponseId(f.responseId()));
    return new FollowUpView(state, f.surveyId(), f.invitationId(), f.sendAt() == null ? null : f.sendAt().toInstant(),
        f.notSentReason(), link, f.responseId(), f.csat(), f.answeredAt() == null ? null : f.answeredAt().toInstant(),
        comments);
  }

  /**
   * Asks for the follow-up survey of a resolved complaint, once per complaint: a complaint reopened and resolved
   * again, or the event delivered twice, finds its follow-up and asks nothing. With the follow-up switched off
   * nothing is recorded, so a later resolution (with it on) still asks.
   */
  @Transactional
  void resolved(ComplaintResolved event) {
    TenantId tenant = event.tenantId();
    Settings settings = followUps.settings(tenant);
    if (!settings.followUpEnabled() || !followUps.claim(tenant, event.complaintId())) {
      return;
    }
    SurveyId survey = settings.followUpSurveyId() != null ? new SurveyId(settings.followUpSurveyId())
        : surveys.defaultFollowUpSurvey();
    Instant notBefore = event.resolvedAt().plus(Duration.ofMinutes(settings.followUpDelayMinutes()));
    SurveyRequests.Outcome outcome = surveys.request(new SurveyRequests.Request(survey, event.customerId(),
        contextOf(event.complaintId()), notBefore));
    if (outcome.sent()) {
      followUps.requested(tenant, event.complaintId(), survey.value(), outcome.invitation().id(),
          outcome.invitation().sendAt());
    } else {
      followUps.notSent(tenant, event.complaintId(), survey.value(), outcome.notSent().name());
    }
  }

  /** Links a follow-up answer to its complaint; the same answer again changes nothing. */
  @Transactional
  void followUpAnswered(SurveyResponseSubmitted event, ComplaintId complaint) {
    followUps.answered(event.tenantId(), complaint, event.responseId().value(),
        event.scores().get(ScoreType.CSAT), event.submittedAt());
  }

  static String contextOf(ComplaintId id) {
    return CONTEXT_PREFIX + id;
  }

  /** The complaint a survey context names, if it is a complaint's follow-up context. */
  static Optional<ComplaintId> complaintOf(String context) {
    if (context == null || !context.startsWith(CONTEXT_PREFIX)) {
      return Optional.empty();
    }
    try {
      return Optional.of(ComplaintId.of(context.substring(CONTEXT_PREFIX.length())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

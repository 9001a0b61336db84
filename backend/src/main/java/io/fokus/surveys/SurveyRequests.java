package io.fokus.surveys;

import io.fokus.customers.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Surveys sent on another module's request (the complaints' follow-up CSAT): a personal invitation of one customer
 * to a published customer survey, carrying the requester's context reference, which comes back in
 * {@link SurveyResponseSubmitted#context()}. The surveys module does not know what a context means. Every method works
 * in the current tenant and joins the caller's transaction.
 */
public interface SurveyRequests {

  /** The longest context reference; it is opaque to surveys, e.g. {@code complaint:<uuid>}. */
  int MAX_CONTEXT = 200;

  /**
   * A survey to send.
   *
   * @param context the requester's reference, 1 to {@link #MAX_CONTEXT} characters of letters, digits and
   *     {@code : _ - .}
   * @param notBefore the mail is not sent before this time
   */
  record Request(SurveyId surveyId, CustomerId customerId, String context, Instant notBefore) {

    public Request {
      Objects.requireNonNull(surveyId, "survey");
      Objects.requireNonNull(customerId, "customer");
      Objects.requireNonNull(notBefore, "notBefore");
      if (!validContext(context)) {
        throw new IllegalArgumentException("a context is 1 to " + MAX_CONTEXT + " letters, digits or : _ - .");
      }
    }
  }

  static boolean validContext(String context) {
    return context != null && context.length() <= MAX_CONTEXT && context.matches("[A-Za-z0-9:_.-]+");
  }

  /** Why a requested survey was not sent. */
  enum NotSentReason {
    /** The customer unsubscribed from mails. */
    OPTED_OUT,
    /** The customer was contacted within the tenant's quiet period. */
    QUIET_PERIOD,
    /** The customer is unknown or was erased. */
    UNKNOWN_CUSTOMER,
    /** The survey does not exist, is not a customer survey, or is not open for answers. */
    SURVEY_UNAVAILABLE
  }

  /** Where an invitation stands: waiting for the answer, or answered. */
  enum InvitationState {
    PENDING, ANSWERED
  }

  /**
   * A personal invitation made on request.
   *
   * @param link the single-use answering address; null once the customer was erased
   * @param sendAt when its mail goes out (not before)
   * @param mailQueued whether a mail was queued (with SMTP); without, the link is there to copy
   */
  record Invitation(UUID id, SurveyId surveyId, String context, InvitationState state, String link, Instant sendAt,
      boolean mailQueued) {
  }

  /** The answer to a request: the invitation (also when it was made by an earlier request), or why none was made. */
  record Outcome(Invitation invitation, NotSentReason notSent) {

    public boolean sent() {
      return invitation != null;
    }
  }

  /**
   * Sends the survey, unless the customer's contact policy forbids it (opted out, quiet period) or it cannot be
   * answered. Idempotent per context: a second request with the same context returns the first invitation and sends
   * nothing more. A request that was not sent leaves nothing behind, so asking again later decides again.
   */
  Outcome request(Request request);

  /** The invitation made for a context, if one was. */
  Optional<Invitation> invitation(String context);

  /** Whether a survey can be requested: a published customer survey of the tenant. */
  boolean requestable(SurveyId surveyId);

  /**
   * The tenant's follow-up survey: a published customer survey with one CSAT question and an optional comment (en/de),
   * created from the CSAT follow-up template on first use and the same one afterwards (made again if it was closed or
   * archived).
   */
  SurveyId defaultFollowUpSurvey();

  /**
   * The known customer who gave a customer response (an invited one), for promises made in answer to it; empty for
   * anonymous and staff responses.
   */
  Optional<CustomerId> respondent(ResponseId responseId);

  /** The text answers of a customer response (its comments), in question order; empty for staff responses. */
  List<String> comments(ResponseId responseId);
}

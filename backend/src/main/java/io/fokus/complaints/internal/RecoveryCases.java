package io.fokus.complaints.internal;

import io.fokus.complaints.Channel;
import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.MessageType;
import io.fokus.complaints.RecoveryCaseOpened;
import io.fokus.platform.events.TenantEvents;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.surveys.Audience;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyRequests;
import io.fokus.surveys.SurveyResponseSubmitted;
import io.fokus.tenants.UnitId;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recovery cases (DESIGN.md §8): a detractor answer (NPS 0–6, CSAT 1–2) of a known customer opens a complaint of kind
 * RECOVERY through the normal creation path (so it gets its SLA like any complaint), linked to the response, with
 * the score and the customer's comment. A customer has one open recovery case at a time: a further detractor answer
 * is linked to it and added to its conversation as the customer's message. Each response is handled once.
 */
@Service
class RecoveryCases {

  static final int MAX_SUBJECT = 200;
  static final int MAX_TEXT = 10000;

  private final ComplaintService complaints;
  private final ComplaintMessages messages;
  private final RecoveryResponses responses;
  private final SurveyRequests surveys;
  private final TenantEvents events;

  RecoveryCases(ComplaintService complaints, ComplaintMessages messages, RecoveryResponses responses,
      SurveyRequests surveys, TenantEvents events) {
    this.complaints = complaints;
    this.messages = messages;
    this.responses = responses;
    this.surveys = surveys;
    this.events = events;
  }

  /** The detractor score of an answer: NPS 0–6 first, else CSAT 1–2. */
  record Detractor(ScoreType type, int score) {

    static Optional<Detractor> of(SurveyResponseSubmitted event) {
      Integer nps = event.scores().get(ScoreType.NPS);
      if (nps != null && nps <= 6) {
        return Optional.of(new Detractor(ScoreType.NPS, nps));
      }
      Integer csat = event.scores().get(ScoreType.CSAT);
      if (csat != null && csat <= 2) {
        return Optional.of(new Detractor(ScoreType.CSAT, csat));
      }
      return Optional.empty();
    }

    String text() {
      return type + " " + score + (type == ScoreType.NPS ? " of 10" : " of 5");
    }
  }

  /** Opens or adds to the customer's recovery case for a detractor answer; anything else is left alone. */
  @Transactional
  void answered(SurveyResponseSubmitted event) {
    if (event.customerId() == null || event.audience() != Audience.CUSTOMER) {
      return; // anonymous answers have nobody to recover
    }
    Optional<Detractor> detractor = Detractor.of(event);
    if (detractor.isEmpty()) {
      return;
    }
    TenantId tenant = event.tenantId();
    responses.lockCustomer(tenant, event.customerId());
    if (responses.isLinked(tenant, event.responseId())) {
      return; // delivered again
    }
    List<String> comments = surveys.comments(event.responseId());
    String said = comments.isEmpty() ? "No comment given." : "Comment: " + String.join("\n\n", comments);
    Optional<ComplaintId> open = responses.openCase(tenant, event.customerId());
    if (open.isPresent()) {
      responses.link(tenant, event.responseId(), open.get(), detractor.get().type(), detractor.get().score(),
          event.submittedAt());
      messages.add(tenant, open.get(), MessageType.CUSTOMER_MESSAGE, null,
          cut("Another survey answer (" + event.touchpoint() + "): " + detractor.get().text() + ".\n\n" + said,
              MAX_TEXT));
      return;
    }
    String subject = cut("Recovery: " + detractor.get().text() + " in the " + event.touchpoint() + " survey",
        MAX_SUBJECT);
    String description = cut("The customer answered the " + event.touchpoint() + " survey with "
        + detractor.get().text() + ".\n\n" + said, MAX_TEXT);
    // the case comes from where the customer answered, so reporting by touchpoint counts it there
    Complaint opened = complaints.open(tenant, new Complaints.NewComplaint(event.customerId(),
        ComplaintKind.RECOVERY, Channel.SURVEY, event.touchpoint(), null, null, null, null, subject, description, null,
        null, TenantTokens.create(tenant)));
    responses.link(tenant, event.responseId(), opened.id(), detractor.get().type(), detractor.get().score(),
        event.submittedAt());
    events.publish(new RecoveryCaseOpened(tenant, opened.id(), event.customerId(),
        RecoveryCaseOpened.Cause.DETRACTOR_ANSWER, event.responseId(),
        detractor.get().type(), detractor.get().score()));
  }

  /**
   * Opens a recovery case for another module's reason (ComplaintsApi#openRecoveryCase), unless the customer has an
   * open one: then that one is returned, and the caller links its reason to it.
   */
  @Transactional
  ComplaintId open(CustomerId customer, RecoveryCaseOpened.Cause cause, String subject, String description,
      UnitId unit) {
    TenantId tenant = Tenancy.requireTenant();
    responses.lockCustomer(tenant, customer);
    Optional<ComplaintId> open = responses.openCase(tenant, customer);
    if (open.isPresent()) {
      return open.get();
    }
    Complaint opened = complaints.open(tenant, new Complaints.NewComplaint(customer, ComplaintKind.RECOVERY,
        Channel.API, null, null, null, unit, null, cut(subject.strip(), MAX_SUBJECT), cut(description.strip(), MAX_TEXT),
        null, null, TenantTokens.create(tenant)));
    events.publish(new RecoveryCaseOpened(tenant, opened.id(), customer, cause, null, null, null));
    return opened.id();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}

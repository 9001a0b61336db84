package io.fokus.promises.internal;

import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintsApi;
import io.fokus.complaints.RecoveryCaseOpened;
import io.fokus.customers.CustomerErased;
import io.fokus.platform.mail.MailQueue;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.promises.PromiseBroken;
import io.fokus.promises.PromiseId;
import io.fokus.surveys.Audience;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyResponseSubmitted;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.Notifications;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What promises does when something happens: a customer's survey answer is attributed to the kept and broken promises
 * decided in the 90 days before it (the customer's next answer after each); a broken promise is told to its owner and
 * the unit's managers, and a second broken promise to the same customer within 90 days opens a recovery case through
 * complaints' API; an erased customer's words are removed. Each listener is idempotent: an event delivered again
 * changes nothing.
 */
@Component
class PromiseListeners {

  /** How long after its decision a promise waits for the customer's next answer, and the recovery window. */
  static final int WINDOW_DAYS = 90;

  private final Promises promises;
  private final PromiseRollup rollup;
  private final Notifications notifications;
  private final ComplaintsApi complaints;
  private final MailQueue mail;

  PromiseListeners(Promises promises, PromiseRollup rollup, Notifications notifications, ComplaintsApi complaints,
      MailQueue mail) {
    this.promises = promises;
    this.rollup = rollup;
    this.notifications = notifications;
    this.complaints = complaints;
    this.mail = mail;
  }

  /** The customer's answer is the next one after each of their promises decided in the 90 days before it. */
  @ApplicationModuleListener
  void on(SurveyResponseSubmitted event) {
    Integer nps = event.scores().get(ScoreType.NPS);
    Integer csat = event.scores().get(ScoreType.CSAT);
    if (event.audience() != Audience.CUSTOMER || event.customerId() == null || (nps == null && csat == null)) {
      return;
    }
    TenantId tenant = event.tenantId();
    for (Promise before : promises.awaitingAnswer(tenant, event.customerId(), event.submittedAt(), WINDOW_DAYS)) {
      promises.attributeAnswer(tenant, before.id(), event.responseId().value(), nps, csat, event.submittedAt());
      rollup.change(tenant, before, promises.find(tenant, before.id()).orElseThrow());
    }
  }

  /**
   * Tells the owner and the unit's managers; opens a recovery case when the customer has another broken promise of
   * the 90 days before that no case was opened for, and links both (all) to it.
   */
  @ApplicationModuleListener
  void on(PromiseBroken event) {
    TenantId tenant = event.tenantId();
    Optional<Promise> found = promises.find(tenant, event.promiseId());
    if (found.isEmpty()) {
      return;
    }
    Promise broken = found.get();
    Set<MemberId> told = new HashSet<>(notifications.managersOf(event.unit()));
    told.add(event.owner());
    notifications.notify(told, PromiseMonitor.brokenNotice(broken.id(), broken.reference(), broken.text()));

    promises.lockCustomer(tenant, event.customerId());
    broken = promises.find(tenant, event.promiseId()).orElseThrow();
    if (broken.recoveryCaseId() != null) {
      return; // delivered again
    }
    List<Promise> unrecovered = promises.brokenWithoutRecovery(tenant, event.customerId(),
        broken.decidedAt().minus(Duration.ofDays(WINDOW_DAYS)));
    if (unrecovered.size() < 2) {
      return;
    }
    String references = unrecovered.stream().map(Promise::reference).collect(Collectors.joining(", "));
    String description = "Promises to this customer were broken twice within " + WINDOW_DAYS + " days: "
        + unrecovered.stream().map(p -> p.reference() + " (" + p.text() + ")").collect(Collectors.joining("; "))
        + ".";
    ComplaintId recovery = complaints.openRecoveryCase(event.customerId(), RecoveryCaseOpened.Cause.BROKEN_PROMISES,
        "Recovery: broken promises " + references, description, broken.unit());
    promises.linkRecoveryCase(tenant, unrecovered.stream().map(Promise::id).toList(), recovery.value());
  }

  /** Removes what promises holds of an erased customer: the texts, the notes, the status links and the mail. */
  @ApplicationModuleListener
  void on(CustomerErased event) {
    for (PromiseId id : promises.forgetTextsOf(event.tenantId(), event.customerId())) {
      mail.forgetKeyed("promise:" + id.value() + ":");
    }
  }
}

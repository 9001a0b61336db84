package io.fokus.surveys.internal;

import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.platform.mail.MailBackoff;
import io.fokus.platform.mail.PlainTextMail;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.SurveyId;
import io.fokus.tenants.TenantDirectory;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued survey mail tenant by tenant, each inside its tenant's scope; failures are retried with backoff and
 * logged on the mail. A mail due to a customer who opted out since it was queued is withheld (logged as failed). Also queues the reminders that are due, except to customers who opted out of mails (or were
 * erased): their reminder is claimed and not sent. Several instances may run it at once: due rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}.
 */
@Component
class MailDispatcher {

  private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
  static final int BATCH = 50;

  private final ObjectProvider<JavaMailSender> sender;
  private final TenantDirectory tenants;
  private final Tenancy tenancy;
  private final MailOutbox outbox;
  private final SurveyMail mail;
  private final Surveys surveys;
  private final MailSettings settings;
  private final Invitations invitations;
  private final CustomerDirectory directory;
  private final TransactionTemplate transactions;

  MailDispatcher(ObjectProvider<JavaMailSender> sender, TenantDirectory tenants, Tenancy tenancy, MailOutbox outbox,
      SurveyMail mail, Surveys surveys, MailSettings settings, Invitations invitations, CustomerDirectory directory,
      PlatformTransactionManager transactionManager) {
    this.sender = sender;
    this.tenants = tenants;
    this.tenancy = tenancy;
    this.outbox = outbox;
    this.mail = mail;
    this.surveys = surveys;
    this.settings = settings;
    this.invitations = invitations;
    this.directory = directory;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Scheduled(fixedDelayString = "${fokus.mail.dispatch-interval:PT30S}",
      initialDelayString = "${fokus.mail.dispatch-initial-delay:PT10S}")
  void dispatch() {
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      return;
    }
    for (TenantId tenant : tenants.allTenants()) {
      try {
        tenancy.runAs(tenant, () -> {
          queueReminders(tenant);
          sendDue(tenant, smtp);
        });
      } catch (RuntimeException e) {
        log.warn("survey mail of tenant {} failed; retrying at the next run", tenant, e);
      }
    }
  }

  /** Sends one batch of the tenant's due mail; returns how many were sent. */
  int sendDue(TenantId tenant, JavaMailSender smtp) {
    Integer sent = transactions.execute(status -> {
      int count = 0;
      for (var due : outbox.lockDue(tenant, BATCH)) {
        Optional<CustomerId> customer = invitations.customerOf(tenant, due.invitationId());
        if (customer.flatMap(directory::find).filter(Customer::optedOut).isPresent()) {
          // queued before the customer opted out (a follow-up waits up to 30 days): the opt-out holds
          outbox.withheld(tenant, due.id(), "not sent: the customer opted out of mails");
          continue;
        }
        try {
          MimeMessage message = PlainTextMail.of(smtp, settings.from(), due.recipient(), due.subject(), due.body());
          // one click in the mail client unsubscribes (RFC 8058); no links once the customer was erased
          var links = customer.flatMap(directory::unsubscribeLinks);
          if (links.isPresent()) {
            message.setHeader("List-Unsubscribe", "<" + links.get().oneClick() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
          }
          smtp.send(message);
          outbox.sent(tenant, due.id());
          count++;
        } catch (Exception e) {
          outbox.failed(tenant, due, MailBackoff.describe(e));
        }
      }
      return count;
    });
    return sent == null ? 0 : sent;
  }

  void queueReminders(TenantId tenant) {
    transactions.executeWithoutResult(status -> {
      var due = outbox.claimDueReminders(tenant, invitations.reminders(tenant), BATCH);
      Map<CustomerId, Customer> customers = directory.findAll(due.stream().map(MailOutbox.DueReminder::customerId)
          .toList());
      for (var reminder : due) {
        Customer customer = customers.get(reminder.customerId());
        if (customer == null || customer.optedOut()) {
          continue;
        }
        String title = surveys.find(tenant, new SurveyId(reminder.surveyId())).filter(Survey::isPublished)
            .flatMap(s -> surveys.version(tenant, s.id(), s.publishedVersion()))
            .map(d -> SurveyDefinition.text(d.title(), customer.language())).orElse("Survey");
        mail.queue(tenant, reminder.surveyId(), reminder.invitationId(), MailKind.REMINDER, customer, title,
            reminder.token());
      }
    });
  }
}

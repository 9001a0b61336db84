package io.fokus.surveys.internal;

import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerNotFound;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PublicUrl;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes invitation and reminder mails in the customer's language and queues them, when SMTP is configured; without
 * SMTP nothing is queued and the invitations' links are there to copy. Every mail carries the customer's unsubscribe
 * link.
 */
@Component
class SurveyMail {

  private final ObjectProvider<JavaMailSender> sender;
  private final MailOutbox outbox;
  private final PublicUrl publicUrl;
  private final CustomerDirectory directory;

  SurveyMail(ObjectProvider<JavaMailSender> sender, MailOutbox outbox, PublicUrl publicUrl,
      CustomerDirectory directory) {
    this.sender = sender;
    this.outbox = outbox;
    this.publicUrl = publicUrl;
    this.directory = directory;
  }

  boolean enabled() {
    return sender.getIfAvailable() != null;
  }

  String link(String token) {
    return publicUrl.link("/s/" + token);
  }

  /** Queues a mail to the customer if mail is enabled; true when queued. */
  boolean queue(TenantId tenant, UUID surveyId, UUID invitationId, MailKind kind, Customer customer,
      String surveyTitle, String token) {
    return queue(tenant, surveyId, invitationId, kind, customer, surveyTitle, token, null);
  }

  /** Queues a mail as {@link #queue} does, to be sent not before {@code notBefore} (null: at once). */
  boolean queue(TenantId tenant, UUID surveyId, UUID invitationId, MailKind kind, Customer customer,
      String surveyTitle, String token, OffsetDateTime notBefore) {
    if (!enabled()) {
      return false;
    }
    boolean german = "de".equals(customer.language());
    boolean reminder = kind == MailKind.REMINDER;
    String greeting = Optional.ofNullable(customer.name()).map(n -> (german ? "Hallo " : "Hello ") + n + ",")
        .orElse(german ? "Hallo," : "Hello,");
    String subject = german
        ? (reminder ? "Erinnerung: " : "") + surveyTitle
        : (reminder ? "Reminder: " : "") + surveyTitle;
    String body = greeting + "\n\n"
        + (german
            ? (reminder ? "wir würden uns immer noch sehr über Ihre Meinung freuen. "
                : "wir würden gern wissen, wie zufrieden Sie mit uns sind. ")
              + "Die Umfrage dauert nur eine Minute:\n\n"
            : (reminder ? "we would still love to hear from you. " : "we would love to know how we are doing. ")
              + "The survey takes only a minute:\n\n")
        + link(token) + "\n\n"
        + (german ? "Der Link gilt nur für Sie und kann einmal verwendet werden.\n\nVielen Dank!"
            : "The link is yours alone and can be used once.\n\nThank you!")
        + "\n\n-- \n"
        + (german ? "Sie möchten keine Umfragen mehr von uns per Mail? Hier abmelden: "
            : "Rather not receive our surveys by mail? Unsubscribe here: ")
        + directory.unsubscribeLinks(customer.id()).orElseThrow(CustomerNotFound::new).page();
    outbox.enqueue(tenant, surveyId, invitationId, kind, customer.email(), subject, body, notBefore);
    return true;
  }
}

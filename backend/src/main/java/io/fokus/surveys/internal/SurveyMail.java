package io.fokus.surveys.internal;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PublicUrl;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Writes invitation and reminder mails in the customer's language and queues them, when SMTP is configured; without
 * SMTP nothing is queued and the invitations' links are there to copy.
 */
@Component
class SurveyMail {

  private final ObjectProvider<JavaMailSender> sender;
  private final MailOutbox outbox;
  private final PublicUrl publicUrl;

  SurveyMail(ObjectProvider<JavaMailSender> sender, MailOutbox outbox, PublicUrl publicUrl) {
    this.sender = sender;
    this.outbox = outbox;
    this.publicUrl = publicUrl;
  }

  boolean enabled() {
    return sender.getIfAvailable() != null;
  }

  String link(String token) {
    return publicUrl.link("/s/" + token);
  }

  /** Queues a mail if mail is enabled; true when queued. */
  boolean queue(TenantId tenant, UUID surveyId, UUID invitationId, String kind, String email, String name,
      String language, String surveyTitle, String token) {
    if (!enabled()) {
      return false;
    }
    boolean german = "de".equals(language);
    boolean reminder = "REMINDER".equals(kind);
    String greeting = Optional.ofNullable(name).map(n -> (german ? "Hallo " : "Hello ") + n + ",")
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
            : "The link is yours alone and can be used once.\n\nThank you!");
    outbox.enqueue(tenant, surveyId, invitationId, kind, email, subject, body);
    return true;
  }
}

package io.fokus.promises.internal;

import io.fokus.customers.CustomerDirectory;
import io.fokus.platform.mail.Mail;
import io.fokus.platform.mail.MailQueue;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PublicUrl;
import io.fokus.tenants.TenantNames;
import io.fokus.tenants.TenantsApi;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The customer's mail about a promise made to them, in their language, through the platform's mail outbox (sent when
 * SMTP is configured): what was promised, by when (in the tenant's time zone), and the link of the status page. It is
 * a mail the customer is owed, so an opt-out of surveys does not stop it; an erased customer gets none.
 */
@Component
class PromiseMail {

  /** The SPA's status page of a promise (no login; the token names the tenant and the promise). */
  static final String STATUS_PAGE = "/promise-status/";

  private final MailQueue mail;
  private final CustomerDirectory customers;
  private final Promises promises;
  private final TenantNames tenantNames;
  private final PublicUrl publicUrl;
  private final ObjectProvider<JavaMailSender> smtp;
  private final TenantsApi tenants;

  PromiseMail(MailQueue mail, CustomerDirectory customers, Promises promises, TenantNames tenantNames,
      PublicUrl publicUrl, ObjectProvider<JavaMailSender> smtp, TenantsApi tenants) {
    this.mail = mail;
    this.customers = customers;
    this.promises = promises;
    this.tenantNames = tenantNames;
    this.publicUrl = publicUrl;
    this.smtp = smtp;
    this.tenants = tenants;
  }

  /** Whether mail goes out at all (SMTP configured). */
  boolean enabled() {
    return smtp.getIfAvailable() != null;
  }

  /** Queues the mail about the promise as it stands now; false when the customer is unknown or erased. */
  boolean tell(TenantId tenant, Promise promise, Instant now) {
    return customers.find(promise.customerId()).map(customer -> {
      boolean german = "de".equals(customer.language());
      String organization = tenantNames.currentName().orElse("Fokus");
      String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
          .withLocale(german ? Locale.GERMAN : Locale.ENGLISH)
          .withZone(tenants.defaultWorkingCalendar().zone())
          .format(promise.dueAt());
      String subject = german ? "Unsere Zusage " + promise.reference() + " an Sie"
          : "Our promise " + promise.reference() + " to you";
      String body = Mail.greeting(customer.name(), german)
          + (german ? "wir haben Ihnen Folgendes zugesagt:\n\n" : "this is what we promised you:\n\n")
          + promise.text() + "\n\n"
          + (german ? "Bis: " : "By: ") + when + "\n\n"
          + (german ? "Auf dieser Seite sehen Sie, wie es darum steht:\n" : "On this page you can see how it stands:\n")
          + publicUrl.link(STATUS_PAGE + promises.statusToken(tenant, promise.id()).orElseThrow()) + "\n\n"
          + organization;
      mail.queue(new Mail("promises.notice", "promise:" + promise.id().value() + ":notice:" + now.toEpochMilli(),
          customer.email(), subject, body));
      return true;
    }).orElse(false);
  }
}

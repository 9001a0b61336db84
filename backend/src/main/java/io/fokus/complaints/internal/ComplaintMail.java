package io.fokus.complaints.internal;

import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintReceived;
import io.fokus.customers.CustomerDirectory;
import io.fokus.platform.mail.Mail;
import io.fokus.platform.mail.MailQueue;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PublicUrl;
import io.fokus.tenants.TenantNames;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The customer's mail about their complaint, in their language, through the platform's mail outbox (sent when SMTP is
 * configured): the confirmation with the reference and the status-page link when a complaint comes in, and each public
 * reply of the staff. Internal notes are never mailed. These are mails the customer asked for by complaining, so an
 * opt-out of surveys does not stop them; an erased customer gets none.
 */
@Component
class ComplaintMail {

  /** The SPA's status page of a complaint (no login; the token names the tenant and the complaint). */
  static final String STATUS_PAGE = "/complaint-status/";

  private final MailQueue mail;
  private final CustomerDirectory customers;
  private final Complaints complaints;
  private final TenantNames tenantNames;
  private final PublicUrl publicUrl;

  ComplaintMail(MailQueue mail, CustomerDirectory customers, Complaints complaints, TenantNames tenantNames,
      PublicUrl publicUrl) {
    this.mail = mail;
    this.customers = customers;
    this.complaints = complaints;
    this.tenantNames = tenantNames;
    this.publicUrl = publicUrl;
  }

  /** A new complaint: the customer is told its reference and where to follow it. Once per complaint. */
  @ApplicationModuleListener
  void on(ComplaintReceived event) {
    TenantId tenant = event.tenantId();
    complaints.find(tenant, event.complaintId()).ifPresent(complaint -> customers.find(complaint.customerId())
        .ifPresent(customer -> {
          boolean german = "de".equals(customer.language());
          String organization = tenantNames.currentName().orElse("Fokus");
          String subject = german
              ? "Ihre Beschwerde " + complaint.reference() + " ist bei " + organization + " eingegangen"
              : "We received your complaint " + complaint.reference() + " at " + organization;
          String body = Mail.greeting(customer.name(), german)
              + (german
                  ? "vielen Dank, dass Sie uns das mitgeteilt haben. Ihre Beschwerde ist eingegangen und hat die"
                    + " Nummer " + complaint.reference() + ".\n\nBetreff: " + complaint.subject()
                    + "\n\nAuf dieser Seite sehen Sie den Stand und unsere Antworten und können uns schreiben:\n"
                  : "thank you for telling us. We received your complaint; its reference is "
                    + complaint.reference() + ".\n\nSubject: " + complaint.subject()
                    + "\n\nOn this page you can follow it, read our replies and write to us:\n")
              + statusLink(tenant, complaint) + "\n\n" + organization;
          mail.queue(new Mail("complaints.confirmation", "complaint:" + complaint.id().value() + ":confirmation",
              customer.email(), subject, body));
        }));
  }

  /** A public reply of the staff, mailed to the customer with the status-page link. Once per message. */
  void reply(Complaint complaint, UUID messageId, String text) {
    TenantId tenant = Tenancy.requireTenant();
    customers.find(complaint.customerId()).ifPresent(customer -> {
      boolean german = "de".equals(customer.language());
      String organization = tenantNames.currentName().orElse("Fokus");
      String subject = (german ? "Antwort zu Ihrer Beschwerde " : "Reply to your complaint ")
          + complaint.reference();
      String body = Mail.greeting(customer.name(), german) + text.strip() + "\n\n"
          + (german ? "Antworten Sie uns auf dieser Seite (nicht auf diese Mail):\n"
              : "Answer us on this page (not to this mail):\n")
          + statusLink(tenant, complaint) + "\n\n" + organization;
      mail.queue(new Mail("complaints.reply", "complaint:" + complaint.id().value() + ":reply:" + messageId,
          customer.email(), subject, body));
    });
  }

  private String statusLink(TenantId tenant, Complaint complaint) {
    return publicUrl.link(STATUS_PAGE + complaints.statusToken(tenant, complaint.id()).orElseThrow());
  }
}

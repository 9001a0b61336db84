package io.fokus.complaints.internal;

import io.fokus.complaints.ComplaintId;
import io.fokus.customers.CustomerErased;
import io.fokus.platform.mail.MailQueue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Removes what complaints holds of an erased customer (GDPR): the texts of their complaints and conversations, the
 * status-page links, and the mail about them (pending mail dropped, sent mail without address and text). The
 * complaints stay, anonymous, with status, classification and SLA clocks for the counts. Running it again changes
 * nothing.
 */
@Component
class ComplaintErasure {

  private final Complaints complaints;
  private final MailQueue mail;

  ComplaintErasure(Complaints complaints, MailQueue mail) {
    this.complaints = complaints;
    this.mail = mail;
  }

  @ApplicationModuleListener
  void on(CustomerErased event) {
    for (ComplaintId id : complaints.forgetTextsOf(event.tenantId(), event.customerId())) {
      mail.forgetKeyed("complaint:" + id.value() + ":");
    }
  }
}

package io.fokus.surveys.internal;

import io.fokus.customers.CustomerErased;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Removes what surveys holds of an erased customer (GDPR): mail not yet sent, the address and text of the mails sent,
 * the invitation links, and the free-text answers. Responses and their scores stay, anonymous: the invitation they
 * came through points only at the directory's tombstone. Running it again changes nothing. Like every listener it runs
 * in its event's tenant without saying so (the platform's listener scope).
 */
@Component
class CustomerErasure {

  private final Invitations invitations;
  private final MailOutbox outbox;
  private final CustomerRecords records;

  CustomerErasure(Invitations invitations, MailOutbox outbox, CustomerRecords records) {
    this.invitations = invitations;
    this.outbox = outbox;
    this.records = records;
  }

  @ApplicationModuleListener
  void on(CustomerErased event) {
    outbox.forget(event.tenantId(), invitations.idsOfCustomer(event.tenantId(), event.customerId()));
    invitations.forgetTokens(event.tenantId(), event.customerId());
    records.forgetTexts(event.tenantId(), event.customerId());
  }
}

package io.fokus.surveys.internal;

import io.fokus.customers.Customer;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A personal invitation with its customer; {@code link} is the single-use address to copy or mail. Email, name,
 * language and link are null once the customer was erased.
 */
public record InvitationView(UUID id, String email, String name, String language, String status, String token,
    OffsetDateTime createdAt, OffsetDateTime answeredAt, String link) {

  static InvitationView of(Invitations.Invitation invitation, Customer customer, String link) {
    return new InvitationView(invitation.id(), customer == null ? null : customer.email(),
        customer == null ? null : customer.name(), customer == null ? null : customer.language(),
        invitation.status().name(), invitation.token(), invitation.createdAt(), invitation.answeredAt(), link);
  }
}

package io.fokus.surveys.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A personal invitation with its customer; {@code link} is the single-use address to copy or mail. */
public record InvitationView(UUID id, String email, String name, String language, String status, String token,
    OffsetDateTime createdAt, OffsetDateTime answeredAt, String link) {

  InvitationView withLink(String link) {
    return new InvitationView(id, email, name, language, status, token, createdAt, answeredAt, link);
  }
}

package io.fokus.complaints;

import io.fokus.tenants.MemberId;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A message of a complaint's conversation; {@code author} is null for the customer's own (and on the status page). */
public record ComplaintMessage(UUID id, MessageType type, MemberId author, String body, OffsetDateTime createdAt) {
}

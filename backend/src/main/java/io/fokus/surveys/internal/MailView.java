package io.fokus.surveys.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One mail of a survey's send log. */
public record MailView(UUID id, String kind, String recipient, String status, int attempts, String lastError,
    OffsetDateTime createdAt, OffsetDateTime sentAt) {
}

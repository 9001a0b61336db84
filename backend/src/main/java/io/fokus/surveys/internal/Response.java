package io.fokus.surveys.internal;

import io.fokus.surveys.ResponseId;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored response: what its acknowledgement and its event need. {@code invitationId} is null for the public link
 * and staff surveys; a staff response's {@code submittedAt} is the start of its reporting period only.
 */
record Response(ResponseId id, int version, UUID invitationId, OffsetDateTime submittedAt) {
}

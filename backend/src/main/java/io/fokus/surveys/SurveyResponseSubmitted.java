package io.fokus.surveys;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A survey was answered. Carries what other modules act on without reading survey tables: the scores given (by
 * question type: {@code NPS} 0–10, {@code CSAT} 1–5, {@code CES} 1–7), the customer's attributes and the invitation.
 *
 * @param scores the first answer per score type, e.g. {@code {"NPS": 3}}
 * @param invitationId the personal invitation answered, or null for the public link and staff surveys
 * @param customerEmail the invited customer's email, or null when anonymous
 */
public record SurveyResponseSubmitted(TenantId tenantId, UUID surveyId, int version, UUID responseId,
    String audience, String touchpoint, Map<String, Integer> scores, Map<String, String> attributes,
    UUID invitationId, String customerEmail, Instant submittedAt) implements TenantEvent {
}

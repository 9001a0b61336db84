package io.fokus.surveys;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A survey was answered. Carries what other modules act on without reading survey tables: the scores given (NPS
 * 0–10, CSAT 1–5, CES 1–7), the customer's attributes and the invitation.
 *
 * @param scores the first answer per score type, e.g. {@code {NPS: 3}}
 * @param invitationId the personal invitation answered, or null for the public link and staff surveys
 * @param customerId the invited customer, or null when anonymous (public link, staff)
 * @param submittedAt for staff surveys the start of the reporting period only (DESIGN.md §5)
 * @param context the context reference of a survey sent on request ({@link SurveyRequests}), e.g.
 *     {@code complaint:<uuid>}; null for every other response
 */
public record SurveyResponseSubmitted(TenantId tenantId, SurveyId surveyId, int version, ResponseId responseId,
    Audience audience, String touchpoint, Map<ScoreType, Integer> scores, Map<String, String> attributes,
    UUID invitationId, CustomerId customerId, Instant submittedAt, String context) implements TenantEvent {
}

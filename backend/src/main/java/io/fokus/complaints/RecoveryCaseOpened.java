package io.fokus.complaints;

import io.fokus.customers.CustomerId;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.ScoreType;

/**
 * A detractor answer (NPS 0–6, CSAT 1–2) of a known customer opened a recovery case, a complaint of kind RECOVERY
 * (DESIGN.md §8). Published once per case; later detractor answers of the customer are added to the open case.
 */
public record RecoveryCaseOpened(TenantId tenantId, ComplaintId complaintId, CustomerId customerId,
    ResponseId responseId, ScoreType scoreType, int score) implements TenantEvent {
}

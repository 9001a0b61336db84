package io.fokus.tenants.internal;

import io.fokus.tenants.BusinessHours;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A tenant as the API shows it. */
public record TenantView(UUID id, String name, String slug, String locale, String timezone,
    BusinessHours businessHours, OffsetDateTime createdAt) {
}

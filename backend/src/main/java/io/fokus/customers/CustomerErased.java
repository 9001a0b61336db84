package io.fokus.customers;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;

/**
 * A customer was erased (GDPR): the directory holds no personal data of it any more, and every module that keeps
 * personal data of this customer removes it, keeping only what is anonymous (such as scores).
 */
public record CustomerErased(TenantId tenantId, CustomerId customerId) implements TenantEvent {
}

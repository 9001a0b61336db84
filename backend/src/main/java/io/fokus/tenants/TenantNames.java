package io.fokus.tenants;

import java.util.Optional;

/** The organization's name, for pages that people outside the tenant see (a customer unsubscribing). */
public interface TenantNames {

  /** The name of the current tenant, if it exists. */
  Optional<String> currentName();
}

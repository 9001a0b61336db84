package io.fokus.tenants;

import io.fokus.platform.tenancy.TenantId;
import java.util.Optional;

/**
 * Creates the login of a new member at the identity provider. Called inside the transaction that creates the member;
 * an exception rolls the member back, and an implementation must undo its own work when the transaction fails, so a
 * login and its member exist together or not at all.
 */
public interface LoginProvisioning {

  /**
   * Provisions a login for the person.
   *
   * @return the identity provider's subject of the login, or empty when the login will be linked on first sign-in
   *     through the token's verified email
   */
  Optional<String> provision(TenantId tenant, String email, String displayName, String locale);
}

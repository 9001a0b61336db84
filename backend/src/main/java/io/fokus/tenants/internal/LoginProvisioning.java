package io.fokus.tenants.internal;

import io.fokus.platform.tenancy.TenantId;
import java.util.Optional;

/**
 * Manages the logins of members at the identity provider. Calls happen inside the transaction that changes the
 * members; an implementation must undo what it created when that transaction does not commit, so a login and its
 * member exist together or not at all. Retrying a failed call is safe.
 *
 * <p>Nothing here attaches anything to a login that exists already (DESIGN.md §2): a person who has a login joins a
 * further tenant only by accepting an invitation, signed in with that login.
 */
interface LoginProvisioning {

  /** Creates (or finds, on a retry) the identity provider's organization for a new tenant; empty if unsupported. */
  Optional<String> createOrganization(TenantId tenant, String slug, String name);

  /** Whether logins are created here (a managed Keycloak); false when an external provider manages them. */
  boolean createsLogins();

  /**
   * Creates the login of a person who has none yet, with the password the person chose, and adds it to the tenant's
   * organization. Empty, and nothing changed, when a login with that email exists already or logins are not created
   * here; callers must answer the same in both cases, so that no caller learns whether an email has a login.
   */
  Optional<String> createLogin(NewLogin login);

  /** Adds an existing login to the tenant's organization (after it accepted an invitation); no-op if unsupported. */
  void joinOrganization(String organizationId, String subject);

  /** Enables or disables a login (a member deactivated in every tenant cannot sign in any more). */
  void setLoginEnabled(String subject, boolean enabled);

  /**
   * A login to create.
   *
   * @param organizationId the tenant's organization at the identity provider, may be null
   * @param password the password the person chose
   */
  record NewLogin(TenantId tenant, String organizationId, String email, String displayName, String locale,
      String password) {
  }
}

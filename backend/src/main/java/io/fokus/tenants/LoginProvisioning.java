package io.fokus.tenants;

import io.fokus.platform.tenancy.TenantId;
import java.util.Optional;

/**
 * Manages the logins of members at the identity provider. Calls happen inside the transaction that changes the
 * members; an implementation must undo what it created when that transaction does not commit, so a login and its
 * member exist together or not at all. Retrying a failed call is safe.
 */
public interface LoginProvisioning {

  /** Creates (or finds, on a retry) the identity provider's organization for a new tenant; empty if unsupported. */
  Optional<String> createOrganization(TenantId tenant, String slug, String name);

  /**
   * Provisions the login of a person: creates it, or reuses an existing login with that email (a person may work
   * for several tenants), and adds it to the tenant's organization.
   */
  ProvisionedLogin provision(NewLogin login);

  /** Enables or disables a login (a member deactivated in every tenant cannot sign in any more). */
  void setLoginEnabled(String subject, boolean enabled);

  /**
   * A login to provision.
   *
   * @param organizationId the tenant's organization at the identity provider, may be null
   * @param password the password the person chose (sign-up), or null for an invitation: the person then gets a
   *     one-time password or an email to set one, and must choose a new password at first sign-in
   */
  record NewLogin(TenantId tenant, String organizationId, String email, String displayName, String locale,
      String password) {
  }

  /**
   * The outcome of provisioning.
   *
   * @param subject the identity provider's subject, or null when the login is linked at first sign-in by its
   *     verified email
   * @param oneTimePassword a temporary password to hand to the person once, or null
   * @param invitationEmailSent whether the identity provider emailed the person a link to set a password
   */
  record ProvisionedLogin(String subject, String oneTimePassword, boolean invitationEmailSent) {
  }
}

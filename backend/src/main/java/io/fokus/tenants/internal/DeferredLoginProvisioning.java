package io.fokus.tenants.internal;

import io.fokus.platform.tenancy.TenantId;
import java.util.Optional;

/**
 * Provisioning for an identity provider Fokus does not manage (no {@code fokus.keycloak.url} configured): creates
 * no logins; people sign in with their login there and accept their invitations.
 */
class DeferredLoginProvisioning implements LoginProvisioning {

  @Override
  public Optional<String> createOrganization(TenantId tenant, String slug, String name) {
    return Optional.empty();
  }

  @Override
  public boolean createsLogins() {
    return false;
  }

  @Override
  public Optional<String> createLogin(NewLogin login) {
    return Optional.empty();
  }

  @Override
  public void joinOrganization(String organizationId, String subject) {
    // no organizations at an external identity provider
  }

  @Override
  public void setLoginEnabled(String subject, boolean enabled) {
    // the external identity provider manages its logins; the membership status alone decides access
  }
}

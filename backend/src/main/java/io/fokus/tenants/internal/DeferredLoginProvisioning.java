package io.fokus.tenants.internal;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.LoginProvisioning;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Provisioning for an identity provider Fokus does not manage (no {@code fokus.keycloak.url} configured): creates
 * nothing and lets the member's first sign-in with a verified email of the member link the login.
 */
class DeferredLoginProvisioning implements LoginProvisioning {

  private static final Logger log = LoggerFactory.getLogger(DeferredLoginProvisioning.class);

  @Override
  public Optional<String> createOrganization(TenantId tenant, String slug, String name) {
    return Optional.empty();
  }

  @Override
  public ProvisionedLogin provision(NewLogin login) {
    log.info("login for {} in tenant {} will be linked at the first sign-in with that verified email",
        login.email(), login.tenant());
    return new ProvisionedLogin(null, null, false);
  }

  @Override
  public void setLoginEnabled(String subject, boolean enabled) {
    // the external identity provider manages its logins; the membership status alone decides access
  }
}

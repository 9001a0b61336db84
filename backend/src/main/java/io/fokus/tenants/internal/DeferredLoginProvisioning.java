package io.fokus.tenants.internal;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.LoginProvisioning;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Provisioning for an identity provider Fokus does not manage: creates nothing and lets the member's first sign-in
 * with a verified email of the member link the login.
 */
@Component
class DeferredLoginProvisioning implements LoginProvisioning {

  private static final Logger log = LoggerFactory.getLogger(DeferredLoginProvisioning.class);

  @Override
  public Optional<String> provision(TenantId tenant, String email, String displayName, String locale) {
    log.info("login for {} in tenant {} will be linked at the first sign-in with that verified email", email, tenant);
    return Optional.empty();
  }
}

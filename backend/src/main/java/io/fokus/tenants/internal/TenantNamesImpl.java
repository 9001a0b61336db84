package io.fokus.tenants.internal;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.tenants.TenantNames;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class TenantNamesImpl implements TenantNames {

  private final Tenants tenants;

  TenantNamesImpl(Tenants tenants) {
    this.tenants = tenants;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<String> currentName() {
    return tenants.find(Tenancy.requireTenant()).map(TenantView::name);
  }
}

package io.fokus.tenants;

import io.fokus.platform.tenancy.TenantCatalog;
import io.fokus.platform.tenancy.TenantId;
import java.util.List;

/** All tenant ids, for scheduled jobs that then work inside each tenant's scope. Ids only, never tenant data. */
public interface TenantDirectory extends TenantCatalog {

  @Override
  List<TenantId> allTenants();
}

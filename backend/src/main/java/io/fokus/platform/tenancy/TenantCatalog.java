package io.fokus.platform.tenancy;

import java.util.List;

/**
 * All tenant ids, for platform jobs that then work inside each tenant's scope (the mail dispatcher). The tenants
 * module implements it; the platform knows no business module, only this interface.
 */
public interface TenantCatalog {

  List<TenantId> allTenants();
}

package io.fokus.support;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * SQL as the application role inside one tenant's scope, each statement in its own transaction: for tests that set
 * up data or travel in time where no API does, and look at what the API does not show.
 */
public final class TenantSql {

  private final Tenancy tenancy;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;

  public TenantSql(Tenancy tenancy, PlatformTransactionManager transactionManager, JdbcTemplate jdbc) {
    this.tenancy = tenancy;
    this.transactions = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
  }

  public void update(TenantId tenant, String sql, Object... args) {
    tenancy.runAs(tenant, () -> transactions.executeWithoutResult(status -> jdbc.update(sql, args)));
  }

  /**
   * A tenant row of its own, in UTC with the given business hours (JSON), for module tests that run without the
   * tenants module's sign-up but need its calendar (SLA clocks).
   */
  public TenantId insertTenant(String businessHoursJson) {
    TenantId tenant = TenantId.random();
    update(tenant, "insert into tenants.tenant (tenant_id, name, slug, locale, timezone, business_hours)"
        + " values (?, 'Module test', ?, 'en', 'UTC', ?::jsonb)", tenant.value(),
        "m" + java.util.UUID.randomUUID().toString().substring(0, 8), businessHoursJson);
    return tenant;
  }

  /** The number a {@code select count(*)} query gives. */
  public long count(TenantId tenant, String sql, Object... args) {
    return tenancy.runAs(tenant, () -> transactions.execute(status -> jdbc.queryForObject(sql, Long.class, args)));
  }
}

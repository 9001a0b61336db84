package io.fokus.promises.internal;

import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.Notifications;
import io.fokus.tenants.TenantDirectory;
import io.fokus.tenants.TenantsApi;
import java.time.Clock;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the promises benchmark ({@code io.fokus.bench.PromisesBenchmark}) calls of the module's package-private code:
 * the kept-rate rollup computed from the promises, and one run of the job that breaks due promises. Test code only.
 */
public final class PromisesBench {

  /** What one run of the job did: promises broken, reminders sent. */
  public record Check(int broken, int reminded) {
  }

  /** {@link PromiseRollup#rebuild}: in the caller's transaction and tenant scope. */
  public static void rebuildRollup(ApplicationContext context, TenantId tenant) {
    context.getBean(PromiseRollup.class).rebuild(tenant);
  }

  /**
   * {@link PromiseMonitor#check(TenantId)} of the tenant, by a monitor made of the application's beans and settings
   * ({@code fokus.promises.break-batch}) whose transactions go through {@code transactions} (for timing them); outside
   * any tenant scope (the job opens its own).
   */
  public static Check check(ApplicationContext context, TenantId tenant, PlatformTransactionManager transactions) {
    int batch = context.getEnvironment().getProperty("fokus.promises.break-batch", Integer.class, 1000);
    PromiseMonitor monitor = new PromiseMonitor(context.getBean(TenantDirectory.class),
        context.getBean(TenantsApi.class), context.getBean(Tenancy.class), context.getBean(Promises.class),
        context.getBean(PromiseRollup.class), context.getBean(Reminders.class), context.getBean(Notifications.class),
        context.getBean(TenantEvents.class), context.getBean(Clock.class), transactions, batch);
    PromiseMonitor.Outcome outcome = monitor.check(tenant);
    return new Check(outcome.broken(), outcome.reminded());
  }

  /** The break batch size the application runs with. */
  public static int breakBatch(ApplicationContext context) {
    return context.getEnvironment().getProperty("fokus.promises.break-batch", Integer.class, 1000);
  }

  private PromisesBench() {
  }
}

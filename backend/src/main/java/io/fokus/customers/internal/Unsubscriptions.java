package io.fokus.customers.internal;

import io.fokus.customers.Customer;
import io.fokus.customers.CustomerNotFound;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.tenants.TenantNames;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unsubscribe link of every customer mail, opened without login: the token names the tenant, so the customer is
 * looked up inside that tenant's scope only. Shows the email masked, so a forwarded link reveals little.
 */
@Service
public class Unsubscriptions {

  private final Customers customers;
  private final TenantNames tenantNames;
  private final Tenancy tenancy;

  Unsubscriptions(Customers customers, TenantNames tenantNames, Tenancy tenancy) {
    this.customers = customers;
    this.tenantNames = tenantNames;
    this.tenancy = tenancy;
  }

  /** What the unsubscribe page shows. */
  public record Subscription(String organization, String email, boolean optedOut) {
  }

  @Transactional(readOnly = true)
  public Subscription show(String token) {
    return inTenantOf(token, (tenant) -> subscription(tenant, token));
  }

  /** Opts the customer out of mails; again is harmless. */
  @Transactional
  public Subscription optOut(String token) {
    return inTenantOf(token, tenant -> {
      Customer customer = customers.byUnsubscribeToken(tenant, token).orElseThrow(CustomerNotFound::new);
      customers.optOut(tenant, customer.id());
      return subscription(tenant, token);
    });
  }

  private Subscription subscription(TenantId tenant, String token) {
    Customer customer = customers.byUnsubscribeToken(tenant, token).orElseThrow(CustomerNotFound::new);
    return new Subscription(tenantNames.currentName().orElse(""), masked(customer.email()), customer.optedOut());
  }

  private <T> T inTenantOf(String token, Function<TenantId, T> work) {
    TenantId tenant = TenantTokens.tenantOf(token).orElseThrow(CustomerNotFound::new);
    return tenancy.runAs(tenant, () -> work.apply(tenant));
  }

  /** {@code anna@example.com} as {@code a***@example.com}. */
  static String masked(String email) {
    int at = email.indexOf('@');
    return email.charAt(0) + "***" + email.substring(at);
  }
}

package io.fokus.customers.internal;

import io.fokus.customers.ContactDecision;
import io.fokus.customers.ContactPolicy;
import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerErased;
import io.fokus.customers.CustomerId;
import io.fokus.customers.CustomerIdentified;
import io.fokus.customers.CustomerNotFound;
import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PageResponse;
import io.fokus.platform.web.PublicUrl;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer directory of the current tenant: the API other modules use ({@link CustomerDirectory}) and what
 * members with MANAGER or ADMIN do on the customer pages (list, create, edit, erase).
 */
@Service
public class CustomerService implements CustomerDirectory {

  private final Customers customers;
  private final ContactPolicies policies;
  private final TenantEvents events;
  private final PublicUrl publicUrl;

  CustomerService(Customers customers, ContactPolicies policies, TenantEvents events, PublicUrl publicUrl) {
    this.customers = customers;
    this.policies = policies;
    this.events = events;
    this.publicUrl = publicUrl;
  }

  /** How a page of customers is ordered. */
  public enum Sort {
    NAME, EMAIL, CREATED_AT, LAST_CONTACTED_AT
  }

  /** What may be edited of a customer: everything but its email, which is its identity. */
  public record Changes(String name, String language, String externalId, Map<String, String> attributes,
      boolean optedOut) {
  }

  @Override
  @Transactional
  public CustomerId findOrCreate(CustomerDetails details) {
    TenantId tenant = Tenancy.requireTenant();
    CustomerDetails normalised = valid(details);
    requireExternalIdFree(tenant, normalised.externalId(), normalised.email());
    return identify(tenant, normalised).id();
  }

  /** Finds or creates an already normalised and checked customer, announcing a new one. */
  Customers.Identified identify(TenantId tenant, CustomerDetails normalised) {
    Customers.Identified identified = customers.upsert(tenant, normalised);
    if (identified.created()) {
      events.publish(new CustomerIdentified(tenant, identified.id()));
    }
    return identified;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Customer> find(CustomerId id) {
    return customers.find(Tenancy.requireTenant(), id);
  }

  @Override
  @Transactional(readOnly = true)
  public Map<CustomerId, Customer> findAll(Collection<CustomerId> ids) {
    return customers.findAll(Tenancy.requireTenant(), ids);
  }

  @Override
  @Transactional(readOnly = true)
  public ContactDecision mayContact(CustomerId id) {
    TenantId tenant = Tenancy.requireTenant();
    Customer customer = customers.find(tenant, id).orElseThrow(CustomerNotFound::new);
    if (customer.optedOut()) {
      return ContactDecision.OPTED_OUT;
    }
    OffsetDateTime quietSince = OffsetDateTime.now().minusDays(policies.of(tenant).quietPeriodDays());
    return customer.lastContactedAt() != null && customer.lastContactedAt().isAfter(quietSince)
        ? ContactDecision.QUIET_PERIOD : ContactDecision.MAY_CONTACT;
  }

  @Override
  @Transactional
  public void recordContact(CustomerId id) {
    customers.recordContact(Tenancy.requireTenant(), id);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UnsubscribeLinks> unsubscribeLinks(CustomerId id) {
    return customers.unsubscribeToken(Tenancy.requireTenant(), id).map(token -> new UnsubscribeLinks(
        publicUrl.link("/u/" + token), publicUrl.link("/api/public/unsubscribe/" + token)));
  }

  @Override
  @Transactional(readOnly = true)
  public ContactPolicy contactPolicy() {
    return policies.of(Tenancy.requireTenant());
  }

  @Override
  @Transactional
  public void changeContactPolicy(ContactPolicy policy) {
    if (policy.quietPeriodDays() < 0 || policy.quietPeriodDays() > 365) {
      throw new InvalidException("quietPeriodDays", "must be between 0 and 365");
    }
    policies.save(Tenancy.requireTenant(), policy);
  }

  /** A page of the customers whose email, name or external id contains {@code query} (any case). */
  @Transactional(readOnly = true)
  public PageResponse<Customer> list(String query, Sort sort, boolean descending, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    return new PageResponse<>(customers.page(tenant, query, sort, descending, page, size), page, size,
        customers.count(tenant, query));
  }

  /** Creates a customer; the email (and the external id, when given) must not be taken. */
  @Transactional
  public Customer create(CustomerDetails details) {
    TenantId tenant = Tenancy.requireTenant();
    CustomerDetails normalised = valid(details);
    if (customers.byEmail(tenant, normalised.email()).isPresent()) {
      throw new ConflictException("email", "A customer with this email exists already");
    }
    requireExternalIdFree(tenant, normalised.externalId(), normalised.email());
    CustomerId id = CustomerId.random();
    if (!customers.insert(tenant, id, normalised)) {
      throw new ConflictException("email", "A customer with this email exists already");
    }
    events.publish(new CustomerIdentified(tenant, id));
    return customers.find(tenant, id).orElseThrow();
  }

  @Transactional(readOnly = true)
  public Customer get(CustomerId id) {
    return find(id).orElseThrow(CustomerNotFound::new);
  }

  @Transactional
  public Customer update(CustomerId id, Changes changes) {
    TenantId tenant = Tenancy.requireTenant();
    Customer current = customers.find(tenant, id).orElseThrow(CustomerNotFound::new);
    CustomerDetails normalised = valid(new CustomerDetails(current.email(), changes.externalId(), changes.name(),
        changes.language(), changes.attributes()));
    if (normalised.language() == null) {
      throw new InvalidException("language", "must be en or de");
    }
    requireExternalIdFree(tenant, normalised.externalId(), current.email());
    customers.update(tenant, id, normalised.name(), normalised.language(), normalised.externalId(),
        normalised.attributes(), changes.optedOut());
    return customers.find(tenant, id).orElseThrow();
  }

  /**
   * Erases the customer (GDPR): its personal data goes, an anonymous tombstone keeps its id valid for the other
   * modules, and {@link CustomerErased} tells them to remove what they hold.
   */
  @Transactional
  public void erase(CustomerId id) {
    TenantId tenant = Tenancy.requireTenant();
    if (!customers.erase(tenant, id)) {
      throw new CustomerNotFound();
    }
    events.publish(new CustomerErased(tenant, id));
  }

  private static CustomerDetails valid(CustomerDetails details) {
    CustomerDetails normalised = details.normalised();
    List<FieldError> problems = normalised.problems();
    if (!problems.isEmpty()) {
      throw new InvalidException(problems);
    }
    return normalised;
  }

  private void requireExternalIdFree(TenantId tenant, String externalId, String email) {
    if (externalId == null) {
      return;
    }
    String holder = customers.externalIdHolders(tenant, List.of(externalId)).get(externalId);
    if (holder != null && !holder.equals(email)) {
      throw new ConflictException("externalId", "Another customer has this external id");
    }
  }
}

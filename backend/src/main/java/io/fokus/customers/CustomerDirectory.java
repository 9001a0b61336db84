package io.fokus.customers;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The customers module's API for other modules: the current tenant's customer directory and its contact policy.
 * Every method works in the current tenant and joins the caller's transaction.
 */
public interface CustomerDirectory {

  /**
   * The customer with this email, created if there is none; the known details update it (null ones leave it as it
   * is, attributes are added). The customer is locked until the caller's transaction ends, so a contact decision and
   * the contact recorded after it cannot interleave with another's.
   *
   * @throws io.fokus.platform.domain.InvalidException when the details are not valid ({@link CustomerDetails#problems})
   * @throws io.fokus.platform.domain.ConflictException when the external id belongs to another customer
   */
  CustomerId findOrCreate(CustomerDetails details);

  /** The customer, unless unknown or erased. */
  Optional<Customer> find(CustomerId id);

  /** The customers among {@code ids} that exist and are not erased. */
  Map<CustomerId, Customer> findAll(Collection<CustomerId> ids);

  /** Whether the customer may be contacted now: not opted out, and not contacted within the quiet period. */
  ContactDecision mayContact(CustomerId id);

  /** Records that the customer was contacted now (the quiet period starts again). */
  void recordContact(CustomerId id);

  /**
   * The links that unsubscribe the customer from mails without login: {@code page} for people (every mail to a
   * customer carries it), {@code oneClick} for mail clients (RFC 8058 {@code List-Unsubscribe}, answers a POST).
   */
  record UnsubscribeLinks(String page, String oneClick) {
  }

  /** The customer's unsubscribe links, unless unknown or erased. */
  Optional<UnsubscribeLinks> unsubscribeLinks(CustomerId id);

  ContactPolicy contactPolicy();

  void changeContactPolicy(ContactPolicy policy);
}

package io.fokus.customers;

import io.fokus.platform.domain.NotFoundException;

/** No such customer in the current tenant (an erased one is not found either). */
public class CustomerNotFound extends NotFoundException {

  public CustomerNotFound() {
    super("Customer");
  }
}

package io.fokus.tenants.internal;

import io.fokus.platform.domain.ConflictException;

/** Another tenant has this address (slug) already. */
class SlugTaken extends ConflictException {

  SlugTaken() {
    super("slug", "This address is already taken; choose another one");
  }
}

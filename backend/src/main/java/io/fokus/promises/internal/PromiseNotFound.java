package io.fokus.promises.internal;

import io.fokus.platform.domain.NotFoundException;

/** No such promise in the current tenant, or one the caller may not see. */
class PromiseNotFound extends NotFoundException {

  PromiseNotFound() {
    super("Promise");
  }
}

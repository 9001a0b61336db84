package io.fokus.platform.domain;

import java.util.List;

/** The thing does not exist in the caller's tenant (another tenant's thing looks exactly the same). */
public non-sealed class NotFoundException extends DomainException {

  /** @param what names the thing, as in "Survey": the message becomes "Survey was not found" */
  public NotFoundException(String what) {
    super(what + " was not found", List.of());
  }
}

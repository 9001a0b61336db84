package io.fokus.platform.domain;

import java.util.List;

/** The caller may not do this, for a reason of the domain beyond their role (which security checks first). */
public non-sealed class NotPermittedException extends DomainException {

  public NotPermittedException(String detail) {
    super(detail, List.of());
  }
}

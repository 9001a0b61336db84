package io.fokus.platform.domain;

import java.util.List;

/** A service Fokus depends on is unavailable; nothing was changed and a retry may succeed. */
public non-sealed class UnavailableException extends DomainException {

  public UnavailableException(String detail) {
    super(detail, List.of());
  }
}

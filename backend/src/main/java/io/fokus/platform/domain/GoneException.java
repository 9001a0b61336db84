package io.fokus.platform.domain;

import java.util.List;

/** The thing existed but is no longer available (a closed survey, an expired invitation). */
public non-sealed class GoneException extends DomainException {

  public GoneException(String detail) {
    super(detail, List.of());
  }
}

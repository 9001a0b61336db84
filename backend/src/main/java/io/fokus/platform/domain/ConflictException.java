package io.fokus.platform.domain;

import java.util.List;
import java.util.Map;

/** The request conflicts with the current state (a name that is taken, a change the state no longer allows). */
public non-sealed class ConflictException extends DomainException {

  public ConflictException(String detail) {
    super(detail, List.of());
  }

  /** A conflict the client can resolve with what {@code properties} tell (problem details members, with a code). */
  public ConflictException(String detail, Map<String, Object> properties) {
    super(detail, List.of(), properties);
  }

  /** A conflict about one field, such as a slug that is taken. */
  public ConflictException(String field, String detail) {
    super(detail, List.of(new FieldError(field, detail)));
  }
}

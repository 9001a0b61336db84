package io.fokus.platform.domain;

import java.util.List;

/** Fields of the request are invalid in ways bean validation cannot express. */
public non-sealed class InvalidException extends DomainException {

  public InvalidException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public InvalidException(List<FieldError> errors) {
    super("The request has invalid fields", errors);
  }
}

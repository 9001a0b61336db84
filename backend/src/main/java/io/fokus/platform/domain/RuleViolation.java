package io.fokus.platform.domain;

import java.util.List;

/** The request is well-formed but breaks a rule of the domain (for example a move that would create a cycle). */
public non-sealed class RuleViolation extends DomainException {

  public RuleViolation(String field, String detail) {
    super(detail, List.of(new FieldError(field, detail)));
  }

  public RuleViolation(String detail) {
    super(detail, List.of());
  }
}

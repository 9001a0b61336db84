package io.fokus.platform.domain;

import java.util.List;

/**
 * A request the domain refuses, said in the domain's words. Services throw the subclasses (a module may name its own,
 * such as {@code SurveyNotFound extends NotFoundException}); the web layer turns them into problem details, so no
 * service knows HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException, ConflictException, InvalidException, RuleViolation, GoneException,
    NotPermittedException, UnavailableException {

  private final List<FieldError> errors;

  protected DomainException(String message, List<FieldError> errors) {
    super(message);
    this.errors = List.copyOf(errors);
  }

  /** The fields of the request the refusal is about; empty when it concerns the request as a whole. */
  public List<FieldError> errors() {
    return errors;
  }
}

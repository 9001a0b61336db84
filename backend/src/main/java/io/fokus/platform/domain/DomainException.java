package io.fokus.platform.domain;

import java.util.List;
import java.util.Map;

/**
 * A request the domain refuses, said in the domain's words. Services throw the subclasses (a module may name its own,
 * such as {@code SurveyNotFound extends NotFoundException}); the web layer turns them into problem details, so no
 * service knows HTTP.
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException, ConflictException, InvalidException, RuleViolation, GoneException,
    NotPermittedException, UnavailableException {

  private final List<FieldError> errors;
  private final Map<String, Object> properties;

  protected DomainException(String message, List<FieldError> errors) {
    this(message, errors, Map.of());
  }

  /**
   * A refusal with more for the client to act on, as members of the problem details: a {@code code} that says which
   * refusal it is, and what it is about (e.g. the open promises that stop a resolution).
   */
  protected DomainException(String message, List<FieldError> errors, Map<String, Object> properties) {
    super(message);
    this.errors = List.copyOf(errors);
    this.properties = Map.copyOf(properties);
  }

  /** Further members of the problem details; empty for most refusals. */
  public Map<String, Object> properties() {
    return properties;
  }

  /** The fields of the request the refusal is about; empty when it concerns the request as a whole. */
  public List<FieldError> errors() {
    return errors;
  }
}

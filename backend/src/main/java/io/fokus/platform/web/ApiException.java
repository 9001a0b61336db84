package io.fokus.platform.web;

import io.fokus.platform.domain.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure that the API reports as an RFC 9457 problem with the given status. Thrown by services; translated by
 * {@link ProblemDetailsAdvice}.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String title;
  private final List<FieldError> errors;
  private final Long retryAfterSeconds;

  protected ApiException(HttpStatus status, String title, String detail, List<FieldError> errors) {
    this(status, title, detail, errors, null);
  }

  private ApiException(HttpStatus status, String title, String detail, List<FieldError> errors,
      Long retryAfterSeconds) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds after which a retry may succeed, for 429 and 503; null otherwise. */
  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** 429: too many requests from this client; retry after the given seconds. */
  public static ApiException tooManyRequests(long retryAfterSeconds) {
    return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
        "Too many requests from your address; retry in " + retryAfterSeconds + " seconds", List.of(),
        retryAfterSeconds);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** 404: the resource does not exist in the caller's tenant (another tenant's id looks exactly the same). */
  public static ApiException notFound(String what) {
    return new ApiException(HttpStatus.NOT_FOUND, "Not found", what + " was not found", List.of());
  }

  /** 409: the request conflicts with the current state. */
  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of());
  }

  /** 409 naming the field that conflicts (for example a slug that is taken). */
  public static ApiException conflict(String field, String detail) {
    return new ApiException(HttpStatus.CONFLICT, "Conflict", detail, List.of(new FieldError(field, detail)));
  }

  /** 422: well-formed, but the request cannot be processed (for example a move that would create a cycle). */
  public static ApiException unprocessable(String field, String detail) {
    return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", detail,
        List.of(new FieldError(field, detail)));
  }

  /** 400 with field errors that bean validation cannot express. */
  public static ApiException invalid(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields",
        List.of(new FieldError(field, message)));
  }

  /** 503: a service Fokus depends on is unavailable; nothing was changed and a retry may succeed. */
  public static ApiException unavailable(String detail) {
    return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", detail, List.of());
  }

  /** 400 with several field errors. */
  public static ApiException invalid(List<FieldError> errors) {
    return new ApiException(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields", errors);
  }

  /** 410: the resource existed but is no longer available (for example a closed survey). */
  public static ApiException gone(String detail) {
    return new ApiException(HttpStatus.GONE, "Gone", detail, List.of());
  }

  /** 403 with a reason. */
  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
  }
}

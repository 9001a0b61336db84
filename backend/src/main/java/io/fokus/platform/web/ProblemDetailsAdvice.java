package io.fokus.platform.web;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.DomainException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.GoneException;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.NotPermittedException;
import io.fokus.platform.domain.RuleViolation;
import io.fokus.platform.domain.UnavailableException;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the API as RFC 9457 problem details: field errors for 400, never a stack trace, never a bare 500. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> api(ApiException e) {
    ResponseEntity<ProblemDetail> response = problem(e.status(), e.title(), e.getMessage(), e.errors());
    if (e.retryAfterSeconds() == null) {
      return response;
    }
    return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(response.getBody());
  }

  /** The one place where the domain's refusals become HTTP statuses. */
  @ExceptionHandler(DomainException.class)
  ResponseEntity<ProblemDetail> domain(DomainException e) {
    ResponseEntity<ProblemDetail> response = switch (e) {
      case NotFoundException n -> problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), e.errors());
      case ConflictException c -> problem(HttpStatus.CONFLICT, "Conflict", e.getMessage(), e.errors());
      case InvalidException i -> problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), e.errors());
      case RuleViolation r ->
          problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request", e.getMessage(), e.errors());
      case GoneException g -> problem(HttpStatus.GONE, "Gone", e.getMessage(), e.errors());
      case NotPermittedException f -> problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), e.errors());
      case UnavailableException u ->
          problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", e.getMessage(), e.errors());
    };
    e.properties().forEach(response.getBody()::setProperty);
    return response;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
    return invalid(List.of(new FieldError(e.getName(), "has an invalid value")));
  }

  /** Tomcat parses query strings and forms lazily; invalid percent-encoding or UTF-8 fails on first access. */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ProblemDetail> invalidParameters(InvalidParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "Malformed request",
        "The query string or form is not valid (invalid percent-encoding or UTF-8)", List.of());
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
    return invalid(e.getConstraintViolations().stream()
        .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
        .sorted(Comparator.comparing(FieldError::field))
        .toList());
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
    return problem(HttpStatus.CONFLICT, "Conflict", "The request conflicts with existing data", List.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
    log.info("rejected by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Unprocessable request",
        "The request violates a rule of the data", List.of());
  }

  @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
  ResponseEntity<ProblemDetail> denied(RuntimeException e) {
    return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this", List.of());
  }

  @ExceptionHandler(AuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
    return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", "Sign in to use this", List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("unexpected failure", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "Something went wrong on our side; nothing was changed", List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
        .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
    return asObject(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = e.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
            r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
        .toList();
    return asObject(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return asObject(problem(HttpStatus.BAD_REQUEST, "Malformed request",
        "The request body is missing or is not valid JSON of the expected shape", List.of()));
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    if (body instanceof ProblemDetail problem
        && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
      problem.setType(java.net.URI.create("https://fokus.io/problems/" + status.value()));
    }
    return super.createResponseEntity(body, headers, status, request);
  }

  private static ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The request has invalid fields", errors);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
      List<FieldError> errors) {
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(status, title, detail, errors));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
    return (ResponseEntity) entity;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}

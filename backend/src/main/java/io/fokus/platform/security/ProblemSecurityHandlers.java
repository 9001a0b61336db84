package io.fokus.platform.security;

import io.fokus.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 400, 401, 403 and 429 from the security filters as problem details, like every other error of the API.
 */
final class ProblemSecurityHandlers {

  private final JsonMapper json;

  ProblemSecurityHandlers(JsonMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint entryPoint() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required");
    };
  }

  /** 401 for the operator endpoints, which take HTTP basic credentials. */
  AuthenticationEntryPoint basicEntryPoint(String realm) {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
      write(response, HttpStatus.UNAUTHORIZED, "Unauthorized", "Operator credentials are required");
    };
  }

  AccessDeniedHandler accessDenied() {
    return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "Forbidden",
        "Your role does not allow this");
  }

  /** A request the firewall refuses (encoded slashes, percent signs, semicolons, double slashes, ...). */
  RequestRejectedHandler rejected() {
    return (request, response, e) -> write(response, HttpStatus.BAD_REQUEST, "Malformed request",
        "The request URL is not allowed here (for example encoded slashes, semicolons or double slashes)");
  }

  /** 429 for a login over its limit, with the exact wait in {@code Retry-After}. */
  void tooManyRequests(HttpServletResponse response, long retryAfterSeconds) throws IOException {
    response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
    write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
        "Too many requests from your login; retry in " + retryAfterSeconds + " seconds");
  }

  private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), Problems.of(status, title, detail, List.of()));
  }
}

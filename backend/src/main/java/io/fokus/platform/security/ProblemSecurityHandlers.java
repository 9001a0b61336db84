package io.fokus.platform.security;

import io.fokus.platform.web.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 from the security filters as problem details, like every other error of the API. */
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

  AccessDeniedHandler accessDenied() {
    return (request, response, e) -> write(response, HttpStatus.FORBIDDEN, "Forbidden",
        "Your role does not allow this");
  }

  private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), Problems.of(status, title, detail, List.of()));
  }
}

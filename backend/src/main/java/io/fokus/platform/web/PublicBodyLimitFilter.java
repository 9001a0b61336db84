package io.fokus.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public endpoints (no login, declared by the modules as {@link PublicEndpoints}) accept request bodies of at most
 * 64 KiB: larger ones answer 413 before anything is read, chunked ones without a length too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicBodyLimitFilter extends OncePerRequestFilter {

  private static final long MAX_BYTES = PublicEndpoints.MAX_BODY_BYTES;

  private final JsonMapper json;
  private final RequestMatcher limited;

  PublicBodyLimitFilter(JsonMapper json, List<PublicEndpoints> declarations) {
    this.json = json;
    this.limited = PublicEndpoints.bodyLimitedOf(declarations);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !limited.matches(request);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    boolean hasBody = length > 0 || request.getHeader("Transfer-Encoding") != null;
    if (hasBody && (length < 0 || length > MAX_BYTES)) {
      response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Request too large",
          "Request bodies here may be at most " + MAX_BYTES / 1024 + " KiB", List.of()));
      return;
    }
    chain.doFilter(request, response);
  }
}

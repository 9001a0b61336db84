package io.fokus.platform.security;

import io.fokus.platform.web.RateLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits every authenticated request per login (the token's subject), before any membership lookup or handler
 * runs: a generous limit a person never meets, which stops a runaway script or a stolen token from flooding the
 * API. Over the limit: 429 with {@code Retry-After}.
 */
final class LoginRateLimitFilter extends OncePerRequestFilter {

  private final RateLimits rateLimits;
  private final RateLimits.Limit limit;
  private final ProblemSecurityHandlers problems;

  LoginRateLimitFilter(RateLimits rateLimits, RateLimits.Limit limit, ProblemSecurityHandlers problems) {
    this.rateLimits = rateLimits;
    this.limit = limit;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
      long wait = rateLimits.secondsToWait(limit, token.getToken().getSubject());
      if (wait > 0) {
        problems.tooManyRequests(response, wait);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}

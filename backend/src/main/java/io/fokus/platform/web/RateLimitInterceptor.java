package io.fokus.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Applies {@link RateLimited} before the handler's arguments are resolved: an invalid request is refused with 400
 * only after it has been counted. A refusal is an {@link ApiException}, answered like every other problem.
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor {

  private final RateLimits rateLimits;
  private final ClientAddresses clients;
  private final Environment environment;
  private final Map<Method, RateLimits.Limit> limits = new ConcurrentHashMap<>();

  RateLimitInterceptor(RateLimits rateLimits, ClientAddresses clients, Environment environment) {
    this.rateLimits = rateLimits;
    this.clients = clients;
    this.environment = environment;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (handler instanceof HandlerMethod method) {
      RateLimited declared = method.getMethodAnnotation(RateLimited.class);
      if (declared != null) {
        String key = declared.per() == RateLimited.Per.LOGIN && request.getUserPrincipal() != null
            ? "login:" + request.getUserPrincipal().getName() : clients.of(request);
        rateLimits.check(limits.computeIfAbsent(method.getMethod(), m -> limit(declared)), key);
      }
    }
    return true;
  }

  private RateLimits.Limit limit(RateLimited declared) {
    return new RateLimits.Limit(declared.name(),
        Long.parseLong(environment.resolveRequiredPlaceholders(declared.capacity()).trim()),
        Duration.parse(environment.resolveRequiredPlaceholders(declared.period()).trim()));
  }
}

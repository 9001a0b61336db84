package io.fokus.platform.web;

import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Endpoints a module opens to callers without a login. Each module declares its own as a bean in its {@code web}
 * package; the platform's security and body-limit filters combine every declaration and know no module's paths.
 * Everything else under {@code /api/} needs a login.
 *
 * <p>A public endpoint accepts request bodies of at most {@link #MAX_BODY_BYTES} unless declared
 * {@link Endpoint#withoutBodyLimit() without} the limit: strangers must not make the server read large bodies.
 */
public record PublicEndpoints(List<Endpoint> endpoints) {

  /** The body limit of public endpoints. */
  public static final long MAX_BODY_BYTES = 64 * 1024;

  public PublicEndpoints {
    endpoints = List.copyOf(endpoints);
  }

  public static PublicEndpoints of(Endpoint... endpoints) {
    return new PublicEndpoints(List.of(endpoints));
  }

  /**
   * One public endpoint.
   *
   * @param method the HTTP method, null for every method
   * @param pattern a path pattern such as {@code /api/public/surveys/**}
   * @param bodyLimited whether the body limit applies
   */
  public record Endpoint(HttpMethod method, String pattern, boolean bodyLimited) {

    public static Endpoint get(String pattern) {
      return new Endpoint(HttpMethod.GET, pattern, true);
    }

    public static Endpoint post(String pattern) {
      return new Endpoint(HttpMethod.POST, pattern, true);
    }

    /** Every method on the paths of {@code pattern}. */
    public static Endpoint any(String pattern) {
      return new Endpoint(null, pattern, true);
    }

    /** The same endpoint, for bodies the body limit does not suit. */
    public Endpoint withoutBodyLimit() {
      return new Endpoint(method, pattern, false);
    }

    RequestMatcher matcher() {
      return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
  }

  /** Matches the requests of every endpoint declared in {@code declarations}. */
  public static RequestMatcher matcherOf(Collection<PublicEndpoints> declarations) {
    return matcher(declarations.stream().flatMap(d -> d.endpoints().stream()).toList());
  }

  /** Matches the requests of the declared endpoints that the body limit applies to. */
  static RequestMatcher bodyLimitedOf(Collection<PublicEndpoints> declarations) {
    return matcher(declarations.stream().flatMap(d -> d.endpoints().stream()).filter(Endpoint::bodyLimited).toList());
  }

  private static RequestMatcher matcher(List<Endpoint> endpoints) {
    return endpoints.isEmpty() ? request -> false : new OrRequestMatcher(endpoints.stream().map(Endpoint::matcher)
        .toList());
  }
}

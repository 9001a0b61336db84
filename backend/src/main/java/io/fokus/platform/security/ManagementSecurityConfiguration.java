package io.fokus.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The actuator endpoints: health (without details) and info are public for load balancers and probes; everything
 * else (metrics, Prometheus, the endpoint index) needs the operator's HTTP basic credentials
 * ({@link OperatorProperties}), and is closed when no operator password is configured.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

  static final String OPERATOR = "OPERATOR";
  private static final String REALM = "Fokus operations";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE) // before the API chain, which lets every path outside /api through
  SecurityFilterChain management(HttpSecurity http, OperatorProperties operator, JsonMapper json,
      @Value("${management.endpoints.web.base-path:/actuator}") String basePath) throws Exception {
    var problems = new ProblemSecurityHandlers(json);
    // the overall state and the probes only: a component's health (database, mail, ...) is a detail
    var probes = PathPatternRequestMatcher.withDefaults();
    RequestMatcher health = new OrRequestMatcher(probes.matcher(basePath + "/health"),
        probes.matcher(basePath + "/health/liveness"), probes.matcher(basePath + "/health/readiness"));
    http
        .securityMatcher(EndpointRequest.toAnyEndpoint())
        .csrf(csrf -> csrf.disable()) // no cookies, no sessions
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(health, EndpointRequest.to("info")).permitAll()
            .anyRequest().hasRole(OPERATOR))
        .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(problems.basicEntryPoint(REALM)))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(problems.basicEntryPoint(REALM))
            .accessDeniedHandler(problems.accessDenied()))
        .userDetailsService(operators(operator));
    return http.build();
  }

  private static InMemoryUserDetailsManager operators(OperatorProperties operator) {
    var operators = new InMemoryUserDetailsManager();
    if (operator.enabled()) {
      // hashed once at start, so the plain password does not stay in a user store
      operators.createUser(User.withUsername(operator.username())
          .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(operator.password()))
          .roles(OPERATOR)
          .build());
    }
    return operators;
  }
}

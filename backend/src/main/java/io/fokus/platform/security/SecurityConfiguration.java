package io.fokus.platform.security;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.web.PublicEndpoints;
import io.fokus.platform.web.RateLimits;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stateless OAuth2 resource server: JWTs are checked for signature, expiry, issuer and audience; roles come from the
 * membership in the selected tenant ({@link TenantSelectionFilter}). Every path under {@code /api/} needs a login
 * except the {@link PublicEndpoints} the modules declare.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

  @Bean
  SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, MembershipDirectory directory, Tenancy tenancy,
      JsonMapper json, RateLimits rateLimits, List<PublicEndpoints> publicEndpoints,
      @Value("${fokus.rate-limits.login-requests-per-minute:600}") long loginRequestsPerMinute) throws Exception {
    var problems = new ProblemSecurityHandlers(json);
    var perLogin = new RateLimits.Limit("login", loginRequestsPerMinute, Duration.ofMinutes(1));
    http
        .csrf(csrf -> csrf.disable()) // bearer tokens only, no cookies: nothing for CSRF to ride on
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(PublicEndpoints.matcherOf(publicEndpoints)).permitAll()
            .requestMatchers("/api/**").authenticated()
            .anyRequest().permitAll())
        .oauth2ResourceServer(rs -> rs
            .jwt(jwt -> jwt.decoder(decoder))
            .authenticationEntryPoint(problems.entryPoint())
            .accessDeniedHandler(problems.accessDenied()))
        .exceptionHandling(e -> e
            .authenticationEntryPoint(problems.entryPoint())
            .accessDeniedHandler(problems.accessDenied()))
        // in this order: a login over its limit costs no membership lookup
        .addFilterAfter(new LoginRateLimitFilter(rateLimits, perLogin, problems), BearerTokenAuthenticationFilter.class)
        .addFilterAfter(new TenantSelectionFilter(directory, tenancy, json), BearerTokenAuthenticationFilter.class);
    return http.build();
  }

  /** The platform's own public endpoint: what the SPA needs before it can sign in. */
  @Bean
  PublicEndpoints clientConfigEndpoint() {
    return PublicEndpoints.of(PublicEndpoints.Endpoint.get("/api/config").withoutBodyLimit());
  }

  /** Requests the firewall rejects answer a problem directly, without an error dispatch or a log entry. */
  @Bean
  RequestRejectedHandler requestRejectedHandler(JsonMapper json) {
    return new ProblemSecurityHandlers(json).rejected();
  }

  @Bean
  JwtDecoder jwtDecoder(FokusSecurityProperties properties) {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.effectiveJwkSetUri()).build();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(properties.issuerUri()),
        new JwtAudienceValidator(properties.audience())));
    return decoder;
  }
}

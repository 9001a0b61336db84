package io.fokus.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's credentials for the actuator endpoints beyond health and info (metrics, Prometheus, the endpoint
 * index), sent with HTTP basic ({@code fokus.operator.*}). Without a password those endpoints are closed to everyone.
 *
 * @param username the operator's user name, {@code operator} by default
 * @param password {@code FOKUS_OPERATOR_PASSWORD}: at least {@value #MIN_PASSWORD_LENGTH} characters, or empty
 */
@ConfigurationProperties("fokus.operator")
public record OperatorProperties(String username, String password) {

  static final int MIN_PASSWORD_LENGTH = 16;

  public OperatorProperties {
    username = username == null || username.isBlank() ? "operator" : username.trim();
    password = password == null || password.isBlank() ? null : password;
    if (password != null && password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalArgumentException("fokus.operator.password (FOKUS_OPERATOR_PASSWORD) must have at least "
          + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  boolean enabled() {
    return password != null;
  }
}

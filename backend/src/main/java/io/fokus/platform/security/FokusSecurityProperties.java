package io.fokus.platform.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where tokens come from and for whom they must be issued.
 *
 * @param issuerUri the OIDC issuer (for Keycloak {@code <base>/realms/<realm>}); tokens must name it in {@code iss}
 * @param jwkSetUri where the signing keys are published; defaults to Keycloak's certs endpoint below the issuer
 * @param audience the audience tokens must carry in {@code aud}
 * @param spaClientId the public OIDC client the SPA signs in with
 */
@Validated
@ConfigurationProperties("fokus.security")
public record FokusSecurityProperties(@NotBlank String issuerUri, String jwkSetUri, @NotBlank String audience,
    String spaClientId) {

  public FokusSecurityProperties {
    spaClientId = spaClientId == null || spaClientId.isBlank() ? "fokus-spa" : spaClientId;
  }

  public String effectiveJwkSetUri() {
    if (jwkSetUri != null && !jwkSetUri.isBlank()) {
      return jwkSetUri;
    }
    return issuerUri.replaceAll("/+$", "") + "/protocol/openid-connect/certs";
  }
}

package io.fokus.platform.security;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public: what the SPA needs to sign in (the OIDC issuer and its client id), so one build runs anywhere. */
@RestController
class ClientConfigController {

  private final FokusSecurityProperties properties;

  ClientConfigController(FokusSecurityProperties properties) {
    this.properties = properties;
  }

  record ClientConfig(String issuer, String clientId) {
  }

  @GetMapping("/api/config")
  ResponseEntity<ClientConfig> config() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache())
        .body(new ClientConfig(properties.issuerUri(), properties.spaClientId()));
  }
}

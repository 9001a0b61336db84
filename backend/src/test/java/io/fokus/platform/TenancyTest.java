package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.security.FokusSecurityProperties;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import org.junit.jupiter.api.Test;

/** Unit tests of the tenant scope (no database: outside a transaction nothing is sent to one). */
class TenancyTest {

  private final Tenancy tenancy = new Tenancy(null);

  @Test
  void scopesNestAndAreRestoredAlsoAfterAFailure() {
    TenantId outer = TenantId.random();
    TenantId inner = TenantId.random();

    assertThat(Tenancy.currentTenant()).isEmpty();
    tenancy.runAs(outer, () -> {
      assertThat(Tenancy.requireTenant()).isEqualTo(outer);
      assertThatThrownBy(() -> tenancy.runAs(inner, () -> {
        assertThat(Tenancy.requireTenant()).isEqualTo(inner);
        throw new IllegalArgumentException("boom");
      })).hasMessage("boom");
      assertThat(Tenancy.requireTenant()).isEqualTo(outer);
    });
    assertThat(Tenancy.currentTenant()).isEmpty();
    assertThatThrownBy(Tenancy::requireTenant).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void tenantIdsParseAndPrintAsUuids() {
    TenantId id = TenantId.of("0b6f7c1e-6a55-4d0e-9b43-2a1f0d1a9c00");
    assertThat(id.toString()).isEqualTo("0b6f7c1e-6a55-4d0e-9b43-2a1f0d1a9c00");
    assertThatThrownBy(() -> TenantId.of("tenant-1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jwkSetDefaultsToKeycloaksCertsEndpointOfTheIssuer() {
    assertThat(new FokusSecurityProperties("http://kc:8180/realms/fokus/", null, "fokus-api", null).effectiveJwkSetUri())
        .isEqualTo("http://kc:8180/realms/fokus/protocol/openid-connect/certs");
    assertThat(new FokusSecurityProperties("http://kc/realms/x", "http://keys/jwks", "a", null).effectiveJwkSetUri())
        .isEqualTo("http://keys/jwks");
  }
}

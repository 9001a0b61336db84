package io.fokus.platform.tenancy;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Tokens of links that people open without signing in (public survey links, survey and member invitations): the
 * tenant's id (so the request can be served inside that tenant's row-level security scope, with no cross-tenant
 * lookup) followed by 192 random bits (so nobody can guess one).
 */
public final class TenantTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final int TENANT_CHARS = 22;
  public static final int LENGTH = TENANT_CHARS + 32;

  private TenantTokens() {
  }

  /** A new token of the tenant. */
  public static String create(TenantId tenant) {
    ByteBuffer id = ByteBuffer.allocate(16);
    id.putLong(tenant.value().getMostSignificantBits()).putLong(tenant.value().getLeastSignificantBits());
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    return ENCODER.encodeToString(id.array()) + ENCODER.encodeToString(secret);
  }

  /** The tenant a token belongs to, or empty for anything that is not a well-formed token. */
  public static Optional<TenantId> tenantOf(String token) {
    if (token == null || token.length() != LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
      return Optional.empty();
    }
    try {
      ByteBuffer id = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token.substring(0, TENANT_CHARS)));
      return Optional.of(new TenantId(new UUID(id.getLong(), id.getLong())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

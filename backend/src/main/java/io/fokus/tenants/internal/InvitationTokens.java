package io.fokus.tenants.internal;

import io.fokus.platform.tenancy.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Tokens of invitation links: the tenant's id (so the link is served inside that tenant's row-level security scope)
 * followed by 192 random bits. Only their SHA-256 hash is stored.
 */
final class InvitationTokens {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final int TENANT_CHARS = 22;
  static final int LENGTH = TENANT_CHARS + 32;

  private InvitationTokens() {
  }

  static String create(TenantId tenant) {
    ByteBuffer id = ByteBuffer.allocate(16);
    id.putLong(tenant.value().getMostSignificantBits()).putLong(tenant.value().getLeastSignificantBits());
    byte[] secret = new byte[24];
    RANDOM.nextBytes(secret);
    return ENCODER.encodeToString(id.array()) + ENCODER.encodeToString(secret);
  }

  /** The tenant a token belongs to, or empty for anything that is not a well-formed token. */
  static Optional<TenantId> tenantOf(String token) {
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

  static byte[] hash(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  static String path(String token) {
    return "/invitations/" + token;
  }
}

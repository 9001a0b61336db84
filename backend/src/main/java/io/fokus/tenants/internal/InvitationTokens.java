package io.fokus.tenants.internal;

import io.fokus.platform.tenancy.TenantTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Invitation links carry a {@link TenantTokens} token (the tenant's id and 192 random bits); only its SHA-256 hash
 * is stored.
 */
final class InvitationTokens {

  private InvitationTokens() {
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

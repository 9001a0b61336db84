package io.fokus.tenants.internal;

import io.fokus.platform.domain.NotFoundException;

/**
 * No open invitation behind this id or link for the caller: revoked, replaced by a resend, addressed to someone
 * else, or another tenant's. All look the same.
 */
class InvitationNotFound extends NotFoundException {

  InvitationNotFound() {
    super("Invitation");
  }
}

package io.fokus.platform.security;

import java.util.List;

/**
 * Finds the active memberships of an authenticated login across all tenants. Implemented by the tenants module;
 * authorization is decided from these memberships, never from roles inside the token.
 */
public interface MembershipDirectory {

  /**
   * Active memberships of the subject; a membership still waiting for its login is matched by the token's verified
   * email and linked to the subject.
   *
   * @param subject the token's {@code sub}, must not be null
   * @param verifiedEmail the token's email if the provider verified it, otherwise null
   */
  List<Membership> activeMembershipsOf(String subject, String verifiedEmail);
}

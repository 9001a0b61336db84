package io.fokus.platform.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A validated token together with the authorities derived from the membership in the selected tenant. */
final class FokusAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

  private final CurrentUser user;

  FokusAuthentication(Jwt jwt, CurrentUser user, Collection<? extends GrantedAuthority> authorities) {
    super(jwt, user, jwt, authorities);
    this.user = user;
    setAuthenticated(true);
  }

  @Override
  public java.util.Map<String, Object> getTokenAttributes() {
    return getToken().getClaims();
  }

  @Override
  public String getName() {
    return user.subject();
  }
}

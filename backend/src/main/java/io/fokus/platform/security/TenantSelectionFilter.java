package io.fokus.platform.security;

import io.fokus.platform.domain.FieldError;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the token is validated: loads the subject's memberships, selects the tenant of the request (the
 * {@value #TENANT_HEADER} header, honoured only for a member; implied with exactly one membership), grants the roles
 * held there and runs the rest of the request in that tenant's scope.
 */
final class TenantSelectionFilter extends OncePerRequestFilter {

  static final String TENANT_HEADER = "X-Fokus-Tenant";

  private final MembershipDirectory directory;
  private final Tenancy tenancy;
  private final JsonMapper json;

  TenantSelectionFilter(MembershipDirectory directory, Tenancy tenancy, JsonMapper json) {
    this.directory = directory;
    this.tenancy = tenancy;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof JwtAuthenticationToken token)) {
      chain.doFilter(request, response);
      return;
    }
    var jwt = token.getToken();
    String subject = jwt.getSubject();
    String email = Optional.ofNullable(jwt.getClaimAsString("email")).map(String::toLowerCase).orElse(null);
    String verifiedEmail = Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")) ? email : null;
    String name = Optional.ofNullable(jwt.getClaimAsString("name"))
        .orElseGet(() -> jwt.getClaimAsString("preferred_username"));

    List<Membership> memberships = directory.activeMembershipsOf(subject, verifiedEmail);
    Membership selected;
    String header = request.getHeader(TENANT_HEADER);
    if (header != null && !header.isBlank()) {
      UUID requested;
      try {
        requested = UUID.fromString(header.trim());
      } catch (IllegalArgumentException e) {
        write(response, HttpStatus.BAD_REQUEST, "Invalid request", "The tenant header is not a tenant id",
            List.of(new FieldError(TENANT_HEADER, "must be a tenant id (UUID)")));
        return;
      }
      selected = memberships.stream().filter(m -> m.tenantId().value().equals(requested)).findFirst().orElse(null);
      if (selected == null) {
        write(response, HttpStatus.FORBIDDEN, "Forbidden", "You are not a member of this tenant", List.of());
        return;
      }
    } else {
      selected = memberships.size() == 1 ? memberships.getFirst() : null;
    }

    CurrentUser user = new CurrentUser(subject, email, name, memberships, selected);
    var authorities = user.roles().stream().sorted().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new FokusAuthentication(jwt, user, authorities));
    SecurityContextHolder.setContext(context);

    TenantId tenant = selected == null ? null : selected.tenantId();
    try {
      tenancy.runIn(new Tenancy.Scope(tenant, subject, verifiedEmail), () -> {
        try {
          chain.doFilter(request, response);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (ServletException e) {
          throw new WrappedServletException(e);
        }
        return null;
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (WrappedServletException e) {
      throw (ServletException) e.getCause();
    }
  }

  private void write(HttpServletResponse response, HttpStatus status, String title, String detail,
      List<FieldError> errors) throws IOException {
    ProblemDetail problem = Problems.of(status, title, detail, errors);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  private static final class WrappedServletException extends RuntimeException {
    WrappedServletException(ServletException cause) {
      super(cause);
    }
  }
}

package io.fokus.tenants.web;

import io.fokus.platform.web.RateLimits;
import io.fokus.tenants.internal.MemberInvitationService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What the holder of an invitation link may do before signing in: read it, decline it, create a login for it. */
@RestController
class PublicInvitationsController {

  private final MemberInvitationService invitations;
  private final RateLimits rateLimits;
  private final RateLimits.Limit reads;

  PublicInvitationsController(MemberInvitationService invitations, RateLimits rateLimits,
      @Value("${fokus.rate-limits.public-reads-per-minute:120}") long readsPerMinute) {
    this.invitations = invitations;
    this.rateLimits = rateLimits;
    this.reads = new RateLimits.Limit("invitation-link", readsPerMinute, Duration.ofMinutes(1));
  }

  record NewLoginRequest(@NotNull @Size(min = 10, max = 128) String password) {
  }

  @Operation(summary = "Read an invitation by its link", description = "The tenant, roles and state; 404 for an "
      + "unknown, revoked or replaced link. loginCreation says whether a login may be created here.")
  @GetMapping("/api/public/invitations/{token}")
  MemberInvitationService.InvitationDetails details(@PathVariable String token, HttpServletRequest http) {
    rateLimits.check(reads, http.getRemoteAddr());
    return invitations.details(token);
  }

  @Operation(summary = "Decline an invitation by its link")
  @PostMapping("/api/public/invitations/{token}/decline")
  ResponseEntity<Void> decline(@PathVariable String token, HttpServletRequest http) {
    rateLimits.check(reads, http.getRemoteAddr());
    invitations.declineByLink(token);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Create a login for the invited email", description = "With the chosen password, when the "
      + "email has no login yet; otherwise nothing changes. 204 in both cases: sign in next.")
  @PostMapping("/api/public/invitations/{token}/login")
  ResponseEntity<Void> createLogin(@PathVariable String token, @Valid @RequestBody NewLoginRequest request,
      HttpServletRequest http) {
    rateLimits.check(reads, http.getRemoteAddr());
    invitations.createLogin(token, request.password());
    return ResponseEntity.noContent().build();
  }
}

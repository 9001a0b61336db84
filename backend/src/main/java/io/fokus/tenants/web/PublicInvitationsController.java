package io.fokus.tenants.web;

import io.fokus.platform.web.RateLimited;
import io.fokus.tenants.internal.MemberInvitationService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What the holder of an invitation link may do before signing in: read it, decline it, create a login for it. */
@RestController
class PublicInvitationsController {

  private static final String READS = "${fokus.rate-limits.public-reads-per-minute:120}";

  private final MemberInvitationService invitations;

  PublicInvitationsController(MemberInvitationService invitations) {
    this.invitations = invitations;
  }

  record NewLoginRequest(@NotNull @LoginPassword String password) {
  }

  @Operation(summary = "Read an invitation by its link", description = "The tenant, roles and state; 404 for an "
      + "unknown, revoked or replaced link. loginCreation says whether a login may be created here.")
  @GetMapping("/api/public/invitations/{token}")
  @RateLimited(name = "invitation-link", capacity = READS, period = "PT1M")
  MemberInvitationService.InvitationDetails details(@PathVariable String token) {
    return invitations.details(token);
  }

  @Operation(summary = "Decline an invitation by its link")
  @PostMapping("/api/public/invitations/{token}/decline")
  @RateLimited(name = "invitation-link", capacity = READS, period = "PT1M")
  ResponseEntity<Void> decline(@PathVariable String token) {
    invitations.declineByLink(token);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Create a login for the invited email", description = "With the chosen password, when the "
      + "email has no login yet; otherwise nothing changes. 204 in both cases: sign in next.")
  @PostMapping("/api/public/invitations/{token}/login")
  @RateLimited(name = "invitation-link", capacity = READS, period = "PT1M")
  ResponseEntity<Void> createLogin(@PathVariable String token, @Valid @RequestBody NewLoginRequest request) {
    invitations.createLogin(token, request.password());
    return ResponseEntity.noContent().build();
  }
}

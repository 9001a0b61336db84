package io.fokus.tenants.web;

import io.fokus.platform.security.Role;
import io.fokus.platform.web.RateLimited;
import io.fokus.tenants.Level;
import io.fokus.tenants.internal.MemberInvitationService;
import io.fokus.tenants.internal.MemberInvitationView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Invitations of the selected tenant; ADMIN only. The answer never tells whether the email has a login. */
@RestController
@RequestMapping("/api/invitations")
@PreAuthorize("hasRole('ADMIN')")
class MemberInvitationsController {

  /** Invitation mail per admin and hour: plenty for onboarding a team, too few to use Fokus as a mailer. */
  private static final String INVITATIONS = "${fokus.rate-limits.invitations-per-hour:200}";

  private final MemberInvitationService invitations;

  MemberInvitationsController(MemberInvitationService invitations) {
    this.invitations = invitations;
  }

  record InvitationRequest(
      @NotBlank @Email @Size(max = 254) String email,
      @NotBlank @Size(max = 120) @PersonName String displayName,
      @NotEmpty Set<@NotNull Role> roles,
      UUID unitId,
      @NotNull Level level) {
  }

  @Operation(summary = "Invite a person", description = "Writes a pending invitation and answers its link (mailed "
      + "too when SMTP is configured). The person joins only by accepting it, signed in with a login whose verified "
      + "email is the invited one. 409 when the email is a member or invited already.")
  @PostMapping
  @RateLimited(name = "invitation-mail", capacity = INVITATIONS, period = "PT1H", per = RateLimited.Per.LOGIN)
  ResponseEntity<MemberInvitationService.SentInvitation> invite(@Valid @RequestBody InvitationRequest request) {
    MemberInvitationService.SentInvitation sent = invitations.invite(new MemberInvitationService.NewInvitation(request.email(),
        request.displayName(), request.roles(), request.unitId(), request.level()));
    return ResponseEntity.created(URI.create("/api/invitations/" + sent.invitation().id())).body(sent);
  }

  @Operation(summary = "Open invitations", description = "Pending invitations, expired ones included (status EXPIRED).")
  @GetMapping
  List<MemberInvitationView> pending() {
    return invitations.pending();
  }

  @Operation(summary = "Resend an invitation", description = "A new link valid for the full period; the old link stops working.")
  @PostMapping("/{id}/resend")
  @RateLimited(name = "invitation-mail", capacity = INVITATIONS, period = "PT1H", per = RateLimited.Per.LOGIN)
  MemberInvitationService.SentInvitation resend(@PathVariable UUID id) {
    return invitations.resend(id);
  }

  @Operation(summary = "Revoke an invitation")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> revoke(@PathVariable UUID id) {
    invitations.revoke(id);
    return ResponseEntity.noContent().build();
  }
}

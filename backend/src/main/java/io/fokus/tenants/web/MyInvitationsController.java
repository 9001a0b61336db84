package io.fokus.tenants.web;

import io.fokus.platform.web.RateLimited;
import io.fokus.tenants.internal.MemberInvitationService;
import io.fokus.tenants.internal.TenantService;
import io.fokus.tenants.internal.TenantView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's own way into tenants: the invitations addressed to its verified email (accept or decline)
 * and creating a further tenant of its own. Needs no membership.
 */
@RestController
class MyInvitationsController {

  private final MemberInvitationService invitations;
  private final TenantService tenants;

  MyInvitationsController(MemberInvitationService invitations, TenantService tenants) {
    this.invitations = invitations;
    this.tenants = tenants;
  }

  record NewTenantRequest(
      @NotBlank @Size(min = 2, max = 120) String organizationName,
      @NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{2,39}$",
          message = "3 to 40 lowercase letters, digits or hyphens, starting with a letter") String slug,
      @NotNull @Pattern(regexp = "^(en|de)$", message = "must be en or de") String locale,
      @NotBlank @Size(max = 64) String timezone) {
  }

  @Operation(summary = "My open invitations", description = "Invitations addressed to the verified email of the token.")
  @GetMapping("/api/me/invitations")
  List<MemberInvitationService.MyInvitation> mine() {
    return invitations.mine();
  }

  /** @param token the invitation link's token: proves the invitee got the link sent to the invited address */
  record AcceptRequest(@Size(max = 200) String token) {
  }

  @Operation(summary = "Accept an invitation", description = "Creates the membership. 404 for an invitation addressed "
      + "to someone else, for a token that is not its link, and without the token where accepting needs the link "
      + "(linkNeeded); 410 when it expired, 409 when already a member.")
  @PostMapping("/api/me/invitations/{id}/accept")
  MemberInvitationService.Joined accept(@PathVariable UUID id,
      @Valid @RequestBody(required = false) AcceptRequest request) {
    return invitations.accept(id, request == null ? null : request.token());
  }

  @Operation(summary = "Decline an invitation")
  @PostMapping("/api/me/invitations/{id}/decline")
  ResponseEntity<Void> decline(@PathVariable UUID id) {
    invitations.decline(id);
    return ResponseEntity.noContent().build();
  }

  @Operation(summary = "Create a further tenant", description = "The signed-in login becomes its first ADMIN. 409 when the slug is taken.")
  @PostMapping("/api/me/tenants")
  @RateLimited(name = "tenant-creation", capacity = "${fokus.rate-limits.tenants-per-hour:10}", period = "PT1H",
      per = RateLimited.Per.LOGIN)
  ResponseEntity<TenantView> create(@Valid @RequestBody NewTenantRequest request) {
    TenantView tenant = tenants.create(new TenantService.NewTenant(request.organizationName(), request.slug(),
        request.locale(), request.timezone()));
    return ResponseEntity.created(URI.create("/api/settings")).body(tenant);
  }
}

package io.fokus.tenants.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.GoneException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.platform.web.PublicUrl;
import io.fokus.tenants.Level;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.MemberJoined;
import io.fokus.tenants.UnitId;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent-based joining (DESIGN.md §2): an admin invites by email; the invitee opens the link, signs in (or creates a
 * login) and accepts or declines. Only accepting creates the membership. Every answer to the admin is the same
 * whether or not the email has a login.
 */
@Service
public class MemberInvitationService {

  private final MemberInvitations invitations;
  private final Members members;
  private final Units units;
  private final Tenants tenants;
  private final Tenancy tenancy;
  private final LoginProvisioning logins;
  private final TenantEvents events;
  private final MemberInvitationMail mail;
  private final PublicUrl publicUrl;
  private final Duration validity;
  private final boolean acceptWithoutLink;

  /**
   * @param acceptWithoutLink whether a login's verified email alone proves it is the invitee. True by default only
   *     when logins come from an identity provider that verifies emails itself; when Fokus creates logins (managed
   *     Keycloak: a sign-up or an invitation link sets a password for an email nobody proved to own), only the link,
   *     which went to that address, proves it, so accepting needs the link's token.
   */
  MemberInvitationService(MemberInvitations invitations, Members members, Units units, Tenants tenants, Tenancy tenancy,
      LoginProvisioning logins, TenantEvents events, MemberInvitationMail mail, PublicUrl publicUrl,
      @Value("${fokus.invitations.validity:P7D}") Duration validity,
      @Value("${fokus.invitations.accept-without-link:#{null}}") Boolean acceptWithoutLink) {
    this.invitations = invitations;
    this.members = members;
    this.units = units;
    this.tenants = tenants;
    this.tenancy = tenancy;
    this.logins = logins;
    this.events = events;
    this.mail = mail;
    this.publicUrl = publicUrl;
    this.validity = validity;
    this.acceptWithoutLink = acceptWithoutLink != null ? acceptWithoutLink : !logins.createsLogins();
  }

  public record NewInvitation(String email, String displayName, Set<Role> roles, UUID unitId, Level level) {
  }

  /** An invitation just written or renewed, with its link (to copy; it is not stored) and whether it was mailed. */
  public record SentInvitation(MemberInvitationView invitation, String link, boolean mailed) {
  }

  /** What the holder of an invitation link sees before signing in. */
  public record InvitationDetails(UUID id, String tenantName, String email, String displayName, Set<Role> roles,
      Level level, String unitName, MemberInvitationView.Status status, OffsetDateTime expiresAt,
      boolean loginCreation) {
  }

  /** An open invitation addressed to the signed-in login; {@code linkNeeded}: accepting needs the invitation's link. */
  public record MyInvitation(UUID id, UUID tenantId, String tenantName, Set<Role> roles, Level level,
      String unitName, OffsetDateTime expiresAt, boolean linkNeeded) {
  }

  /** The membership an accepted invitation created. */
  public record Joined(UUID tenantId, String tenantName, UUID memberId, Set<Role> roles) {
  }

  @Transactional
  public SentInvitation invite(NewInvitation invitation) {
    TenantId tenant = Tenancy.requireTenant();
    String email = invitation.email().trim().toLowerCase();
    if (invitation.unitId() != null && !units.exists(tenant, invitation.unitId())) {
      throw new NoSuchUnit("unitId");
    }
    if (members.existsWithEmail(tenant, email)) {
      throw new ConflictException("email", "A member with this email already exists");
    }
    OffsetDateTime now = OffsetDateTime.now();
    invitations.findPending(tenant, email).ifPresent(open -> {
      if (!open.expired(now)) {
        throw new ConflictException("email", "This person is invited already; resend the invitation instead");
      }
      invitations.close(tenant, open.id(), MemberInvitations.Status.REVOKED, null); // an expired one is replaced
    });
    String token = TenantTokens.create(tenant);
    UUID id;
    try {
      id = invitations.insert(tenant, email, invitation.displayName().trim(), invitation.roles(),
          invitation.unitId(), invitation.level(), InvitationTokens.hash(token), now.plus(validity),
          invitingMember());
    } catch (DuplicateKeyException e) {
      throw new ConflictException("email", "This person is invited already; resend the invitation instead");
    }
    return sent(tenant, id, token);
  }

  @Transactional(readOnly = true)
  public List<MemberInvitationView> pending() {
    OffsetDateTime now = OffsetDateTime.now();
    return invitations.pending(Tenancy.requireTenant()).stream().map(i -> i.view(now)).toList();
  }

  /** A new link (the old one stops working) valid for the full period again, mailed again with SMTP. */
  @Transactional
  public SentInvitation resend(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    MemberInvitations.Invitation invitation = openInvitation(tenant, id);
    String token = TenantTokens.create(tenant);
    invitations.renew(tenant, invitation.id(), InvitationTokens.hash(token), OffsetDateTime.now().plus(validity));
    return sent(tenant, invitation.id(), token);
  }

  @Transactional
  public void revoke(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    invitations.close(tenant, openInvitation(tenant, id).id(), MemberInvitations.Status.REVOKED, null);
  }

  /** The invitation behind a link; revoked ones and links replaced by a resend are not found. */
  @Transactional(readOnly = true)
  public InvitationDetails details(String token) {
    return inTenantOf(token, tenant -> {
      MemberInvitations.Invitation invitation = byToken(tenant, token);
      TenantView settings = tenants.find(tenant).orElseThrow(() -> new InvitationNotFound());
      return new InvitationDetails(invitation.id(), settings.name(), invitation.email(), invitation.displayName(),
          invitation.roles(), invitation.level(), unitName(tenant, invitation.unitId()),
          invitation.view(OffsetDateTime.now()).status(), invitation.expiresAt(), logins.createsLogins());
    });
  }

  /** Declines through the link, without signing in: a person who wants no account needs none to say no. */
  @Transactional
  public void declineByLink(String token) {
    inTenantOf(token, tenant -> {
      MemberInvitations.Invitation invitation = usable(tenant, byToken(tenant, token).id());
      invitations.close(tenant, invitation.id(), MemberInvitations.Status.DECLINED, null);
      return null;
    });
  }

  /**
   * Creates the login for the invited email with the password the holder of the link chose, when that email has
   * no login yet; when it has one, nothing changes (its owner signs in with it). The answer is the same either way.
   */
  @Transactional
  public void createLogin(String token, String password) {
    inTenantOf(token, tenant -> {
      MemberInvitations.Invitation invitation = usable(tenant, byToken(tenant, token).id());
      TenantView settings = tenants.find(tenant).orElseThrow(() -> new InvitationNotFound());
      logins.createLogin(new LoginProvisioning.NewLogin(tenant, null, invitation.email(), invitation.displayName(),
          settings.locale(), password));
      return null;
    });
  }

  /** Open invitations addressed to the verified email of the signed-in login, in every tenant. */
  @Transactional(readOnly = true)
  public List<MyInvitation> mine() {
    String email = Tenancy.currentVerifiedEmail().orElse(null);
    if (email == null) {
      return List.of();
    }
    OffsetDateTime now = OffsetDateTime.now();
    return invitations.pendingFor(email).stream().filter(i -> !i.expired(now))
        .map(i -> tenancy.runAs(i.tenant(), () -> new MyInvitation(i.id(), i.tenant().value(),
            tenants.find(i.tenant()).map(TenantView::name).orElse(""), i.roles(), i.level(),
            unitName(i.tenant(), i.unitId()), i.expiresAt(), !acceptWithoutLink)))
        .toList();
  }

  /**
   * Accepts an invitation addressed to the signed-in login's verified email: creates the membership. Any other
   * login, any id that is not such an invitation, and a token that is not this invitation's link get 404; without
   * a token, 404 too where accepting needs the link (see the constructor).
   */
  @Transactional
  public Joined accept(UUID id, String token) {
    MemberInvitations.Invitation mine = addressedToMe(id);
    TenantId tenant = mine.tenant();
    CurrentUser user = CurrentUser.get();
    return tenancy.runAs(tenant, () -> {
      if (token == null ? !acceptWithoutLink : !TenantTokens.tenantOf(token).map(tenant::equals).orElse(false)
          || !byToken(tenant, token).id().equals(id)) {
        throw new InvitationNotFound();
      }
      MemberInvitations.Invitation invitation = usable(tenant, id);
      if (members.existsWithEmail(tenant, invitation.email())
          || user.memberships().stream().anyMatch(m -> m.tenantId().equals(tenant))) {
        throw new ConflictException("You are a member of this organization already");
      }
      UUID memberId;
      try {
        memberId = members.insert(tenant, user.subject(), invitation.email(), invitation.displayName(),
            invitation.roles(), invitation.level(), invitation.unitId());
      } catch (DuplicateKeyException e) {
        throw new ConflictException("You are a member of this organization already");
      }
      invitations.close(tenant, id, MemberInvitations.Status.ACCEPTED, memberId);
      logins.joinOrganization(tenants.identityOrganization(tenant).orElse(null), user.subject());
      events.publish(new MemberJoined(tenant, new MemberId(memberId), invitation.email(), invitation.roles(),
          invitation.level(), UnitId.ofNullable(invitation.unitId())));
      return new Joined(tenant.value(), tenants.find(tenant).map(TenantView::name).orElse(""), memberId,
          invitation.roles());
    });
  }

  @Transactional
  public void decline(UUID id) {
    MemberInvitations.Invitation mine = addressedToMe(id);
    tenancy.runAs(mine.tenant(), () -> {
      usable(mine.tenant(), id);
      invitations.close(mine.tenant(), id, MemberInvitations.Status.DECLINED, null);
    });
  }

  /**
   * Writes the ADMIN invitation of a tenant signed up with an email that already has a login (or whose logins are
   * managed elsewhere) and mails it; called inside the sign-up's transaction and tenant scope.
   */
  void inviteFirstAdmin(TenantId tenant, String email, String name, String locale, String tenantName,
      boolean existingLogin) {
    String token = TenantTokens.create(tenant);
    invitations.insert(tenant, email, name, Set.of(Role.ADMIN), null, Level.EXECUTIVE, InvitationTokens.hash(token),
        OffsetDateTime.now().plus(validity), null);
    String link = publicUrl.link(InvitationTokens.path(token));
    if (existingLogin) {
      mail.signupWithExistingLogin(email, name, locale, tenantName, link);
    } else {
      mail.invitation(email, name, locale, tenantName, Set.of(Role.ADMIN), link);
    }
  }

  private SentInvitation sent(TenantId tenant, UUID id, String token) {
    MemberInvitations.Invitation invitation = invitations.find(tenant, id).orElseThrow();
    TenantView settings = tenants.find(tenant).orElseThrow(() -> new NotFoundException("Tenant"));
    String link = publicUrl.link(InvitationTokens.path(token));
    boolean mailed = mail.invitation(invitation.email(), invitation.displayName(), settings.locale(),
        settings.name(), invitation.roles(), link);
    return new SentInvitation(invitation.view(OffsetDateTime.now()), link, mailed);
  }

  /** The admin who invites, when the invitation comes from a signed-in member. */
  private static UUID invitingMember() {
    var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
        .getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
        ? user.memberId().orElse(null) : null;
  }

  private MemberInvitations.Invitation openInvitation(TenantId tenant, UUID id) {
    return invitations.lock(tenant, id).filter(i -> i.status() == MemberInvitations.Status.PENDING)
        .orElseThrow(() -> new InvitationNotFound());
  }

  /** The invitation, locked and still open; 404 when it was closed, 410 when it expired. */
  private MemberInvitations.Invitation usable(TenantId tenant, UUID id) {
    MemberInvitations.Invitation invitation = openInvitation(tenant, id);
    if (invitation.expired(OffsetDateTime.now())) {
      throw new GoneException("This invitation has expired; ask for a new one");
    }
    return invitation;
  }

  private MemberInvitations.Invitation addressedToMe(UUID id) {
    String email = Tenancy.currentVerifiedEmail().orElseThrow(() -> new InvitationNotFound());
    return invitations.pendingFor(email).stream().filter(i -> i.id().equals(id)).findFirst()
        .orElseThrow(() -> new InvitationNotFound());
  }

  private MemberInvitations.Invitation byToken(TenantId tenant, String token) {
    return invitations.findByToken(tenant, InvitationTokens.hash(token))
        .filter(i -> i.status() != MemberInvitations.Status.REVOKED)
        .orElseThrow(() -> new InvitationNotFound());
  }

  private <T> T inTenantOf(String token, java.util.function.Function<TenantId, T> work) {
    TenantId tenant = TenantTokens.tenantOf(token).orElseThrow(() -> new InvitationNotFound());
    return tenancy.runAs(tenant, () -> work.apply(tenant));
  }

  private String unitName(TenantId tenant, UUID unitId) {
    return unitId == null ? null : units.find(tenant, unitId).map(Units.Unit::name).orElse(null);
  }
}

package io.fokus.tenants.internal;

import static fokus.db.tenants.Tables.INVITATION;

import fokus.db.tenants.tables.records.InvitationRecord;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.Level;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The invitations table. Row-level security limits every query to the current tenant or the invitee's own. */
@Repository
class MemberInvitations {

  /** What the table stores; the status EXPIRED is derived from the expiry. */
  enum Status { PENDING, ACCEPTED, DECLINED, REVOKED }

  /** A stored invitation. */
  record Invitation(TenantId tenant, UUID id, String email, String displayName, Set<Role> roles, UUID unitId,
      Level level, Status status, OffsetDateTime expiresAt, OffsetDateTime createdAt) {

    boolean expired(OffsetDateTime now) {
      return status == Status.PENDING && !expiresAt.isAfter(now);
    }

    MemberInvitationView view(OffsetDateTime now) {
      return new MemberInvitationView(id, email, displayName, roles, unitId, level,
          expired(now) ? MemberInvitationView.Status.EXPIRED : MemberInvitationView.Status.valueOf(status.name()), expiresAt,
          createdAt);
    }
  }

  private final DSLContext db;

  MemberInvitations(DSLContext db) {
    this.db = db;
  }

  UUID insert(TenantId tenant, String email, String displayName, Set<Role> roles, UUID unitId, Level level,
      byte[] tokenHash, OffsetDateTime expiresAt, UUID invitedBy) {
    UUID id = UUID.randomUUID();
    db.insertInto(INVITATION)
        .set(INVITATION.TENANT_ID, tenant.value())
        .set(INVITATION.ID, id)
        .set(INVITATION.EMAIL, email)
        .set(INVITATION.DISPLAY_NAME, displayName)
        .set(INVITATION.ROLES, roles.stream().sorted().map(Role::name).toArray(String[]::new))
        .set(INVITATION.UNIT_ID, unitId)
        .set(INVITATION.LEVEL, level.name())
        .set(INVITATION.TOKEN_HASH, tokenHash)
        .set(INVITATION.EXPIRES_AT, expiresAt)
        .set(INVITATION.INVITED_BY, invitedBy)
        .execute();
    return id;
  }

  Optional<Invitation> find(TenantId tenant, UUID id) {
    return db.selectFrom(INVITATION).where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(id))
        .fetchOptional().map(MemberInvitations::invitation);
  }

  /** The invitation, locked until the transaction ends, so that accept, decline and revoke cannot race. */
  Optional<Invitation> lock(TenantId tenant, UUID id) {
    return db.selectFrom(INVITATION).where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(id))
        .forUpdate().fetchOptional().map(MemberInvitations::invitation);
  }

  Optional<Invitation> findByToken(TenantId tenant, byte[] tokenHash) {
    return db.selectFrom(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.TOKEN_HASH.eq(tokenHash))
        .fetchOptional().map(MemberInvitations::invitation);
  }

  Optional<Invitation> findPending(TenantId tenant, String email) {
    return db.selectFrom(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.EMAIL.eq(email),
            INVITATION.STATUS.eq(Status.PENDING.name()))
        .fetchOptional().map(MemberInvitations::invitation);
  }

  /** The tenant's open invitations, expired ones included (they may be resent), newest first. */
  List<Invitation> pending(TenantId tenant) {
    return db.selectFrom(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.STATUS.eq(Status.PENDING.name()))
        .orderBy(INVITATION.CREATED_AT.desc(), INVITATION.ID)
        .fetch(MemberInvitations::invitation);
  }

  /** Open invitations addressed to {@code email} in every tenant (the invitee's own-invitations policy). */
  List<Invitation> pendingFor(String email) {
    return db.selectFrom(INVITATION)
        .where(INVITATION.EMAIL.eq(email), INVITATION.STATUS.eq(Status.PENDING.name()))
        .orderBy(INVITATION.CREATED_AT, INVITATION.ID)
        .fetch(MemberInvitations::invitation);
  }

  /** Replaces the token (the old link stops working) and the expiry. */
  void renew(TenantId tenant, UUID id, byte[] tokenHash, OffsetDateTime expiresAt) {
    db.update(INVITATION)
        .set(INVITATION.TOKEN_HASH, tokenHash)
        .set(INVITATION.EXPIRES_AT, expiresAt)
        .set(INVITATION.UPDATED_AT, OffsetDateTime.now())
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(id))
        .execute();
  }

  void close(TenantId tenant, UUID id, Status status, UUID memberId) {
    db.update(INVITATION)
        .set(INVITATION.STATUS, status.name())
        .set(INVITATION.MEMBER_ID, memberId)
        .set(INVITATION.UPDATED_AT, OffsetDateTime.now())
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(id))
        .execute();
  }

  private static Invitation invitation(InvitationRecord r) {
    return new Invitation(new TenantId(r.getTenantId()), r.getId(), r.getEmail(), r.getDisplayName(),
        Members.roles(r.getRoles()), r.getUnitId(), Level.valueOf(r.getLevel()), Status.valueOf(r.getStatus()),
        r.getExpiresAt(), r.getCreatedAt());
  }
}

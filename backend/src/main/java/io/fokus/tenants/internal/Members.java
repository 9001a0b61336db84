package io.fokus.tenants.internal;

import static fokus.db.tenants.Tables.MEMBER;

import fokus.db.tenants.tables.records.MemberRecord;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.Level;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The members table. Row-level security limits every query to the current tenant. */
@Repository
class Members {

  /** An active membership row of a login, as the own-membership policy shows it; {@code subject} null until linked. */
  record ActiveMembership(TenantId tenant, UUID id, String subject, Set<Role> roles) {
  }

  private final DSLContext db;

  Members(DSLContext db) {
    this.db = db;
  }

  UUID insert(TenantId tenant, String subject, String email, String displayName, Set<Role> roles, Level level,
      UUID unitId) {
    UUID id = UUID.randomUUID();
    db.insertInto(MEMBER)
        .set(MEMBER.TENANT_ID, tenant.value())
        .set(MEMBER.ID, id)
        .set(MEMBER.SUBJECT, subject)
        .set(MEMBER.EMAIL, email)
        .set(MEMBER.DISPLAY_NAME, displayName)
        .set(MEMBER.ROLES, toArray(roles))
        .set(MEMBER.LEVEL, level.name())
        .set(MEMBER.UNIT_ID, unitId)
        .execute();
    return id;
  }

  boolean existsWithEmail(TenantId tenant, String email) {
    return db.fetchExists(MEMBER, MEMBER.TENANT_ID.eq(tenant.value()).and(MEMBER.EMAIL.eq(email)));
  }

  Optional<MemberView> find(TenantId tenant, UUID id) {
    return db.selectFrom(MEMBER).where(MEMBER.TENANT_ID.eq(tenant.value()), MEMBER.ID.eq(id))
        .fetchOptional().map(Members::view);
  }

  List<MemberView> page(TenantId tenant, String query, int page, int size) {
    return db.selectFrom(MEMBER).where(MEMBER.TENANT_ID.eq(tenant.value()), matching(query))
        .orderBy(DSL.lower(MEMBER.DISPLAY_NAME), MEMBER.ID)
        .limit(size).offset((long) page * size)
        .fetch(Members::view);
  }

  /** Active members by name, only those in the units when given. */
  List<MemberView> active(TenantId tenant, Collection<UUID> units, int limit) {
    Condition where = MEMBER.TENANT_ID.eq(tenant.value()).and(MEMBER.STATUS.eq(MemberStatus.ACTIVE.name()));
    if (units != null) {
      where = where.and(MEMBER.UNIT_ID.in(units));
    }
    return db.selectFrom(MEMBER).where(where).orderBy(DSL.lower(MEMBER.DISPLAY_NAME), MEMBER.ID).limit(limit)
        .fetch(Members::view);
  }

  long count(TenantId tenant, String query) {
    return db.fetchCount(MEMBER, MEMBER.TENANT_ID.eq(tenant.value()).and(matching(query)));
  }

  boolean update(TenantId tenant, UUID id, String displayName, Set<Role> roles, Level level, UUID unitId) {
    return db.update(MEMBER)
        .set(MEMBER.DISPLAY_NAME, displayName)
        .set(MEMBER.ROLES, toArray(roles))
        .set(MEMBER.LEVEL, level.name())
        .set(MEMBER.UNIT_ID, unitId)
        .set(MEMBER.UPDATED_AT, OffsetDateTime.now())
        .where(MEMBER.TENANT_ID.eq(tenant.value()), MEMBER.ID.eq(id))
        .execute() == 1;
  }

  boolean setStatus(TenantId tenant, UUID id, MemberStatus status) {
    return db.update(MEMBER)
        .set(MEMBER.STATUS, status.name())
        .set(MEMBER.UPDATED_AT, OffsetDateTime.now())
        .where(MEMBER.TENANT_ID.eq(tenant.value()), MEMBER.ID.eq(id))
        .execute() == 1;
  }

  /** Locks the tenant's active admins until the transaction ends, so two requests cannot remove the last two. */
  List<UUID> lockActiveAdmins(TenantId tenant) {
    return db.select(MEMBER.ID).from(MEMBER)
        .where(MEMBER.TENANT_ID.eq(tenant.value()), MEMBER.STATUS.eq(MemberStatus.ACTIVE.name()),
            DSL.condition("{0} = any({1})", DSL.val(Role.ADMIN.name()), MEMBER.ROLES))
        .orderBy(MEMBER.ID)
        .forUpdate()
        .fetch(MEMBER.ID);
  }

  int countInUnit(TenantId tenant, UUID unitId) {
    return db.fetchCount(MEMBER, MEMBER.TENANT_ID.eq(tenant.value()).and(MEMBER.UNIT_ID.eq(unitId)));
  }

  /**
   * Active memberships of a login across tenants: rows of the subject, and rows still waiting for a login whose
   * email is the verified one. Visible through the own-membership policy without a tenant.
   */
  List<ActiveMembership> activeOf(String subject, String verifiedEmail) {
    Condition mine = MEMBER.SUBJECT.eq(subject);
    if (verifiedEmail != null) {
      mine = mine.or(MEMBER.SUBJECT.isNull().and(MEMBER.EMAIL.eq(verifiedEmail)));
    }
    return db.selectFrom(MEMBER).where(mine, MEMBER.STATUS.eq(MemberStatus.ACTIVE.name())).orderBy(MEMBER.CREATED_AT)
        .fetch(r -> new ActiveMembership(new TenantId(r.getTenantId()), r.getId(), r.getSubject(), roles(r.getRoles())));
  }

  /** The subject of a member, if the member is linked to a login. */
  Optional<String> subjectOf(TenantId tenant, UUID id) {
    return db.select(MEMBER.SUBJECT).from(MEMBER).where(MEMBER.TENANT_ID.eq(tenant.value()), MEMBER.ID.eq(id))
        .fetchOptional(MEMBER.SUBJECT);
  }

  /** Links a member waiting for its login to the subject; false when another login took it meanwhile. */
  boolean link(TenantId tenant, UUID id, String subject) {
    return db.update(MEMBER)
        .set(MEMBER.SUBJECT, subject)
        .set(MEMBER.UPDATED_AT, OffsetDateTime.now())
        .where(MEMBER.TENANT_ID.eq(tenant.value()), MEMBER.ID.eq(id), MEMBER.SUBJECT.isNull())
        .execute() == 1;
  }

  private static Condition matching(String query) {
    if (query == null || query.isBlank()) {
      return DSL.trueCondition();
    }
    String pattern = "%" + query.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        + "%";
    return MEMBER.EMAIL.like(pattern).or(DSL.lower(MEMBER.DISPLAY_NAME).like(pattern));
  }

  static Set<Role> roles(String[] roles) {
    return Arrays.stream(roles).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  private static String[] toArray(Set<Role> roles) {
    return roles.stream().sorted().map(Role::name).toArray(String[]::new);
  }

  private static MemberView view(MemberRecord r) {
    return new MemberView(r.getId(), r.getEmail(), r.getDisplayName(), roles(r.getRoles()), r.getUnitId(),
        Level.valueOf(r.getLevel()), MemberStatus.valueOf(r.getStatus()), r.getSubject() != null, r.getCreatedAt(), r.getUpdatedAt());
  }
}

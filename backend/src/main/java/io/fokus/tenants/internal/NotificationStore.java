package io.fokus.tenants.internal;

import static fokus.db.tenants.Tables.MEMBER;
import static fokus.db.tenants.Tables.NOTIFICATION;
import static fokus.db.tenants.Tables.TENANT;
import static fokus.db.tenants.Tables.UNIT;

import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.Notice;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The members' notices, and who gets them. */
@Repository
class NotificationStore {

  private final DSLContext db;

  NotificationStore(DSLContext db) {
    this.db = db;
  }

  /** A member a notice goes to, with what its mail needs. */
  record Recipient(UUID memberId, String email, String tenantLocale) {
  }

  /** The active members among these, with their email and the tenant's language. */
  List<Recipient> activeRecipients(TenantId tenant, Collection<UUID> members) {
    return db.select(MEMBER.ID, MEMBER.EMAIL, TENANT.LOCALE).from(MEMBER)
        .join(TENANT).on(TENANT.TENANT_ID.eq(MEMBER.TENANT_ID))
        .where(MEMBER.TENANT_ID.eq(tenant.value()), MEMBER.ID.in(members),
            MEMBER.STATUS.eq(MemberStatus.ACTIVE.name()))
        .orderBy(MEMBER.ID)
        .fetch(r -> new Recipient(r.value1(), r.value2(), r.value3()));
  }

  /** Stores the notice for the member; false when the member had it already (same key). */
  boolean insert(TenantId tenant, UUID member, Notice notice, OffsetDateTime at) {
    return db.insertInto(NOTIFICATION)
        .set(NOTIFICATION.TENANT_ID, tenant.value())
        .set(NOTIFICATION.ID, UUID.randomUUID())
        .set(NOTIFICATION.MEMBER_ID, member)
        .set(NOTIFICATION.KIND, notice.kind())
        .set(NOTIFICATION.DEDUP_KEY, notice.key())
        .set(NOTIFICATION.TITLE_EN, notice.titleEn())
        .set(NOTIFICATION.TITLE_DE, notice.titleDe())
        .set(NOTIFICATION.BODY_EN, notice.bodyEn())
        .set(NOTIFICATION.BODY_DE, notice.bodyDe())
        .set(NOTIFICATION.LINK, notice.link())
        .set(NOTIFICATION.CREATED_AT, at)
        .onConflictDoNothing()
        .execute() == 1;
  }

  /** A notice as its member reads it. */
  record Stored(UUID id, String kind, String titleEn, String titleDe, String bodyEn, String bodyDe, String link,
      OffsetDateTime createdAt, OffsetDateTime readAt) {
  }

  List<Stored> page(TenantId tenant, UUID member, boolean unreadOnly, int page, int size) {
    return db.selectFrom(NOTIFICATION)
        .where(ofMember(tenant, member, unreadOnly))
        .orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID)
        .limit(size).offset((long) page * size)
        .fetch(r -> new Stored(r.getId(), r.getKind(), r.getTitleEn(), r.getTitleDe(), r.getBodyEn(), r.getBodyDe(),
            r.getLink(), r.getCreatedAt(), r.getReadAt()));
  }

  long count(TenantId tenant, UUID member, boolean unreadOnly) {
    return db.fetchCount(NOTIFICATION, ofMember(tenant, member, unreadOnly));
  }

  /** Marks one of the member's notices read; empty when the member has no such notice. */
  Optional<OffsetDateTime> markRead(TenantId tenant, UUID member, UUID id, OffsetDateTime at) {
    return db.update(NOTIFICATION)
        .set(NOTIFICATION.READ_AT, DSL.coalesce(NOTIFICATION.READ_AT, DSL.val(at)))
        .where(NOTIFICATION.TENANT_ID.eq(tenant.value()), NOTIFICATION.MEMBER_ID.eq(member),
            NOTIFICATION.ID.eq(id))
        .returning(NOTIFICATION.READ_AT)
        .fetchOptional(NOTIFICATION.READ_AT);
  }

  int markAllRead(TenantId tenant, UUID member, OffsetDateTime at) {
    return db.update(NOTIFICATION).set(NOTIFICATION.READ_AT, at)
        .where(ofMember(tenant, member, true)).execute();
  }

  private static Condition ofMember(TenantId tenant, UUID member, boolean unreadOnly) {
    Condition c = NOTIFICATION.TENANT_ID.eq(tenant.value()).and(NOTIFICATION.MEMBER_ID.eq(member));
    return unreadOnly ? c.and(NOTIFICATION.READ_AT.isNull()) : c;
  }

  /** Active members holding the role whose unit is one of these (any unit when {@code units} is null). */
  Set<UUID> activeWithRole(TenantId tenant, Role role, Collection<UUID> units) {
    Condition where = MEMBER.TENANT_ID.eq(tenant.value()).and(MEMBER.STATUS.eq(MemberStatus.ACTIVE.name()))
        .and(DSL.condition("{0} = any({1})", DSL.val(role.name()), MEMBER.ROLES));
    if (units != null) {
      where = where.and(MEMBER.UNIT_ID.in(units));
    }
    return db.select(MEMBER.ID).from(MEMBER).where(where).fetchSet(MEMBER.ID);
  }

  /** The unit and every unit above it, nearest first; empty when the unit does not exist. */
  List<UUID> selfAndAncestors(TenantId tenant, UUID unit) {
    var path = DSL.name("path");
    var id = DSL.field(DSL.name("path", "id"), UUID.class);
    var parent = DSL.field(DSL.name("path", "parent_id"), UUID.class);
    var depth = DSL.field(DSL.name("path", "depth"), Integer.class);
    return db.withRecursive(path.fields("id", "parent_id", "depth").as(
            DSL.select(UNIT.ID, UNIT.PARENT_ID, DSL.inline(0)).from(UNIT)
                .where(UNIT.TENANT_ID.eq(tenant.value()), UNIT.ID.eq(unit))
                .unionAll(DSL.select(UNIT.ID, UNIT.PARENT_ID, depth.plus(1)).from(UNIT)
                    .join(DSL.table(path)).on(UNIT.ID.eq(parent))
                    .where(UNIT.TENANT_ID.eq(tenant.value()), depth.lt(50)))))
        .select(id).from(DSL.table(path)).orderBy(depth).fetch(id);
  }
}

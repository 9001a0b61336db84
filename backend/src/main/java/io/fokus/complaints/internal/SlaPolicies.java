package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.SLA_POLICY;

import fokus.db.complaints.tables.records.SlaPolicyRecord;
import io.fokus.complaints.Channel;
import io.fokus.complaints.ComplaintKind;
import io.fokus.platform.tenancy.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The tenant's SLA policies, in their order. */
@Repository
class SlaPolicies {

  private final DSLContext db;

  SlaPolicies(DSLContext db) {
    this.db = db;
  }

  List<SlaPolicy> list(TenantId tenant) {
    return db.selectFrom(SLA_POLICY).where(SLA_POLICY.TENANT_ID.eq(tenant.value()))
        .orderBy(SLA_POLICY.POSITION, SLA_POLICY.NAME, SLA_POLICY.ID).fetch(SlaPolicies::policy);
  }

  Optional<SlaPolicy> find(TenantId tenant, UUID id) {
    return db.selectFrom(SLA_POLICY).where(SLA_POLICY.TENANT_ID.eq(tenant.value()), SLA_POLICY.ID.eq(id))
        .fetchOptional(SlaPolicies::policy);
  }

  /** The position after the last policy: a new policy comes last unless it is given a place. */
  int nextPosition(TenantId tenant) {
    return db.select(DSL.coalesce(DSL.max(SLA_POLICY.POSITION).plus(1), 0)).from(SLA_POLICY)
        .where(SLA_POLICY.TENANT_ID.eq(tenant.value())).fetchSingle().value1();
  }

  void insert(TenantId tenant, SlaPolicy p) {
    SlaPolicyRecord r = db.newRecord(SLA_POLICY);
    r.setTenantId(tenant.value());
    r.setId(p.id());
    fill(r, p);
    r.insert();
  }

  boolean update(TenantId tenant, SlaPolicy p) {
    SlaPolicyRecord r = db.newRecord(SLA_POLICY);
    fill(r, p);
    return db.update(SLA_POLICY).set(r).where(SLA_POLICY.TENANT_ID.eq(tenant.value()), SLA_POLICY.ID.eq(p.id()))
        .execute() == 1;
  }

  boolean delete(TenantId tenant, UUID id) {
    return db.deleteFrom(SLA_POLICY).where(SLA_POLICY.TENANT_ID.eq(tenant.value()), SLA_POLICY.ID.eq(id))
        .execute() == 1;
  }

  void move(TenantId tenant, UUID id, int position) {
    db.update(SLA_POLICY).set(SLA_POLICY.POSITION, position)
        .where(SLA_POLICY.TENANT_ID.eq(tenant.value()), SLA_POLICY.ID.eq(id)).execute();
  }

  /** Serialises changes of the tenant's policy order until the transaction ends. */
  void lockOrder(TenantId tenant) {
    db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val("complaints.sla-order:" + tenant));
  }

  private static void fill(SlaPolicyRecord r, SlaPolicy p) {
    r.setName(p.name());
    r.setKind(p.kind() == null ? null : p.kind().name());
    r.setCategoryId(p.categoryId());
    r.setPriorityId(p.priorityId());
    r.setChannel(p.channel() == null ? null : p.channel().name());
    r.setPosition(p.position());
    r.setCalendarId(p.calendarId());
    r.setFirstResponseMinutes(p.firstResponseMinutes());
    r.setResolutionMinutes(p.resolutionMinutes());
    r.setWarningShare(p.warningShare());
    r.setActive(p.active());
  }

  private static SlaPolicy policy(SlaPolicyRecord r) {
    return new SlaPolicy(r.getId(), r.getName(), r.getKind() == null ? null : ComplaintKind.valueOf(r.getKind()),
        r.getCategoryId(), r.getPriorityId(), r.getChannel() == null ? null : Channel.valueOf(r.getChannel()),
        r.getPosition(), r.getCalendarId(), r.getFirstResponseMinutes(), r.getResolutionMinutes(),
        r.getWarningShare(), r.getActive());
  }
}

package io.fokus.tenants.internal;

import static fokus.db.tenants.Tables.MEMBER;
import static fokus.db.tenants.Tables.TENANT_DIRECTORY;
import static fokus.db.tenants.Tables.UNIT;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.BusinessCalendar;
import io.fokus.tenants.CalendarId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.MemberSummary;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import io.fokus.tenants.WorkingCalendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tenants module's API for other modules, and the directory of tenant ids it keeps for their jobs. */
@Component
class TenantsFacade implements TenantsApi {

  private final DSLContext db;
  private final Tenants tenants;
  private final Members members;
  private final Units units;
  private final CalendarService calendars;

  TenantsFacade(DSLContext db, Tenants tenants, Members members, Units units, CalendarService calendars) {
    this.db = db;
    this.tenants = tenants;
    this.members = members;
    this.units = units;
    this.calendars = calendars;
  }

  @Override
  @Transactional(readOnly = true)
  public List<TenantId> allTenants() {
    return db.select(TENANT_DIRECTORY.ID).from(TENANT_DIRECTORY).orderBy(TENANT_DIRECTORY.CREATED_AT)
        .fetch(r -> new TenantId(r.value1()));
  }

  /** Lists a new tenant in the directory (ids only: the directory has no row-level security). */
  void register(TenantId tenant) {
    db.insertInto(TENANT_DIRECTORY).set(TENANT_DIRECTORY.ID, tenant.value()).onConflictDoNothing().execute();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<MemberProfile> profile(UUID memberId) {
    return members.find(Tenancy.requireTenant(), memberId)
        .map(m -> new MemberProfile(m.id(), m.unitId(), m.level(), m.roles()));
  }

  @Override
  public Optional<MemberProfile> profile(MemberId member) {
    return profile(member.value());
  }

  @Override
  @Transactional(readOnly = true)
  public Set<UnitId> unitAndSubunits(UnitId unit) {
    return units.selfAndDescendants(Tenancy.requireTenant(), unit.value()).stream().map(UnitId::new)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  @Transactional(readOnly = true)
  public List<MemberSummary> activeMembers(Set<UnitId> units, int limit) {
    return members.active(Tenancy.requireTenant(),
        units == null ? null : units.stream().map(UnitId::value).toList(), limit).stream()
        .map(m -> new MemberSummary(new MemberId(m.id()), m.displayName(),
            m.unitId() == null ? null : new UnitId(m.unitId()), m.roles()))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public List<MemberProfile> activeProfiles() {
    return members.active(Tenancy.requireTenant(), null, Integer.MAX_VALUE).stream()
        .map(m -> new MemberProfile(m.id(), m.unitId(), m.level(), m.roles())).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Map<MemberId, String> memberNames(Collection<MemberId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return db.select(MEMBER.ID, MEMBER.DISPLAY_NAME).from(MEMBER)
        .where(MEMBER.TENANT_ID.eq(Tenancy.requireTenant().value()),
            MEMBER.ID.in(ids.stream().map(MemberId::value).distinct().toList()))
        .fetchMap(r -> new MemberId(r.value1()), r -> r.value2());
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UnitId, String> unitNames(Collection<UnitId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return db.select(UNIT.ID, UNIT.NAME).from(UNIT)
        .where(UNIT.TENANT_ID.eq(Tenancy.requireTenant().value()),
            UNIT.ID.in(ids.stream().map(UnitId::value).distinct().toList()))
        .fetchMap(r -> new UnitId(r.value1()), r -> r.value2());
  }

  @Override
  @Transactional(readOnly = true)
  public BusinessCalendar calendar() {
    return calendars.businessCalendar(Tenancy.requireTenant());
  }

  @Override
  public WorkingCalendar workingCalendar(CalendarId calendar) {
    return calendars.workingCalendar(calendar.value());
  }

  @Override
  public WorkingCalendar defaultWorkingCalendar() {
    return calendars.defaultWorkingCalendar();
  }
}

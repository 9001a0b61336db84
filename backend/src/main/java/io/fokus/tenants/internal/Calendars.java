package io.fokus.tenants.internal;

import static fokus.db.tenants.Tables.CALENDAR;

import fokus.db.tenants.tables.records.CalendarRecord;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.internal.CalendarView.Holiday;
import io.fokus.tenants.internal.CalendarView.Slot;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The stored business-hours calendars of a tenant; slots and holidays are JSON documents of their calendar. */
@Repository
class Calendars {

  /** A stored calendar. */
  record Calendar(UUID id, String name, String zone, boolean aroundTheClock, boolean defaultCalendar,
      Map<DayOfWeek, List<Slot>> slots, List<Holiday> holidays) {
  }

  private static final TypeReference<Map<DayOfWeek, List<Slot>>> SLOTS = new TypeReference<>() { };
  private static final TypeReference<List<Holiday>> HOLIDAYS = new TypeReference<>() { };

  private final DSLContext db;
  private final JsonMapper json;

  Calendars(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  void insert(TenantId tenant, Calendar c) {
    db.insertInto(CALENDAR)
        .set(CALENDAR.TENANT_ID, tenant.value())
        .set(CALENDAR.ID, c.id())
        .set(CALENDAR.NAME, c.name())
        .set(CALENDAR.ZONE, c.zone())
        .set(CALENDAR.AROUND_THE_CLOCK, c.aroundTheClock())
        .set(CALENDAR.IS_DEFAULT, c.defaultCalendar())
        .set(CALENDAR.SLOTS, JSONB.valueOf(json.writeValueAsString(c.slots())))
        .set(CALENDAR.HOLIDAYS, JSONB.valueOf(json.writeValueAsString(c.holidays())))
        .execute();
  }

  boolean update(TenantId tenant, Calendar c) {
    return db.update(CALENDAR)
        .set(CALENDAR.NAME, c.name())
        .set(CALENDAR.ZONE, c.zone())
        .set(CALENDAR.AROUND_THE_CLOCK, c.aroundTheClock())
        .set(CALENDAR.IS_DEFAULT, c.defaultCalendar())
        .set(CALENDAR.SLOTS, JSONB.valueOf(json.writeValueAsString(c.slots())))
        .set(CALENDAR.HOLIDAYS, JSONB.valueOf(json.writeValueAsString(c.holidays())))
        .set(CALENDAR.UPDATED_AT, OffsetDateTime.now())
        .where(CALENDAR.TENANT_ID.eq(tenant.value()), CALENDAR.ID.eq(c.id()))
        .execute() == 1;
  }

  /** Ends the default of every calendar but {@code keep}, before {@code keep} becomes the default. */
  void clearDefaultExcept(TenantId tenant, UUID keep) {
    db.update(CALENDAR).set(CALENDAR.IS_DEFAULT, false)
        .where(CALENDAR.TENANT_ID.eq(tenant.value()), CALENDAR.IS_DEFAULT.isTrue(), CALENDAR.ID.ne(keep))
        .execute();
  }

  Optional<Calendar> find(TenantId tenant, UUID id) {
    return db.selectFrom(CALENDAR).where(CALENDAR.TENANT_ID.eq(tenant.value()), CALENDAR.ID.eq(id))
        .fetchOptional().map(this::calendar);
  }

  /** Locks the row for a read-modify-write (holiday import next to an edit). */
  Optional<Calendar> findForUpdate(TenantId tenant, UUID id) {
    return db.selectFrom(CALENDAR).where(CALENDAR.TENANT_ID.eq(tenant.value()), CALENDAR.ID.eq(id))
        .forUpdate().fetchOptional().map(this::calendar);
  }

  Optional<Calendar> findDefault(TenantId tenant) {
    return db.selectFrom(CALENDAR).where(CALENDAR.TENANT_ID.eq(tenant.value()), CALENDAR.IS_DEFAULT.isTrue())
        .fetchOptional().map(this::calendar);
  }

  List<Calendar> all(TenantId tenant) {
    return db.selectFrom(CALENDAR).where(CALENDAR.TENANT_ID.eq(tenant.value()))
        .orderBy(DSL.lower(CALENDAR.NAME), CALENDAR.ID).fetch(this::calendar);
  }

  boolean delete(TenantId tenant, UUID id) {
    return db.deleteFrom(CALENDAR).where(CALENDAR.TENANT_ID.eq(tenant.value()), CALENDAR.ID.eq(id)).execute() == 1;
  }

  private Calendar calendar(CalendarRecord r) {
    return new Calendar(r.getId(), r.getName(), r.getZone(), r.getAroundTheClock(), r.getIsDefault(),
        json.readValue(r.getSlots().data(), SLOTS), json.readValue(r.getHolidays().data(), HOLIDAYS));
  }
}

package io.fokus.tenants.internal;

import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.BusinessCalendar;
import io.fokus.tenants.BusinessHours;
import io.fokus.tenants.WorkingCalendar;
import io.fokus.tenants.internal.CalendarView.Holiday;
import io.fokus.tenants.internal.CalendarView.Slot;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business-hours calendars of the current tenant. The calendar of its business hours (from the settings) always
 * exists under the tenant's own id and is the default until a stored calendar is made the default; it is edited
 * through the settings, not here.
 */
@Service
public class CalendarService {

  static final int MAX_SLOTS_PER_DAY = 6;
  static final int MAX_HOLIDAYS = ICalHolidays.MAX_DATES;
  private static final String SETTINGS_CALENDAR = "Business hours";

  private final Calendars calendars;
  private final Tenants tenants;

  CalendarService(Calendars calendars, Tenants tenants) {
    this.calendars = calendars;
    this.tenants = tenants;
  }

  /** A calendar to store; {@code slots} are ignored (kept) when {@code aroundTheClock}. */
  public record CalendarSpec(String name, String zone, boolean aroundTheClock, boolean defaultCalendar,
      Map<DayOfWeek, List<Slot>> slots, List<Holiday> holidays) {
  }

  /** How a holiday import went: dates added, dates the calendar already had, and events that were not all-day. */
  public record HolidayImport(int added, int alreadyPresent, int skippedEvents) {
  }

  /** The settings calendar first, then the stored ones by name. */
  @Transactional(readOnly = true)
  public List<CalendarView> list() {
    TenantId tenant = Tenancy.requireTenant();
    List<Calendars.Calendar> stored = calendars.all(tenant);
    List<CalendarView> all = new ArrayList<>();
    all.add(settingsCalendar(tenant, stored.stream().noneMatch(Calendars.Calendar::defaultCalendar)));
    stored.forEach(c -> all.add(view(c)));
    return all;
  }

  @Transactional(readOnly = true)
  public CalendarView get(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    if (tenant.value().equals(id)) {
      return settingsCalendar(tenant, calendars.findDefault(tenant).isEmpty());
    }
    return view(calendars.find(tenant, id).orElseThrow(CalendarNotFound::new));
  }

  @Transactional
  public CalendarView create(CalendarSpec spec) {
    TenantId tenant = Tenancy.requireTenant();
    validate(spec);
    UUID id = UUID.randomUUID();
    if (spec.defaultCalendar()) {
      calendars.clearDefaultExcept(tenant, id);
    }
    try {
      calendars.insert(tenant, stored(id, spec));
    } catch (DuplicateKeyException e) {
      throw nameTaken();
    }
    return get(id);
  }

  @Transactional
  public CalendarView update(UUID id, CalendarSpec spec) {
    TenantId tenant = Tenancy.requireTenant();
    requireStored(tenant, id);
    validate(spec);
    if (spec.defaultCalendar()) {
      calendars.clearDefaultExcept(tenant, id);
    }
    try {
      calendars.update(tenant, stored(id, spec));
    } catch (DuplicateKeyException e) {
      throw nameTaken();
    }
    return get(id);
  }

  /** Deletes a calendar that is not the default (make another the default first, else 409). */
  @Transactional
  public void delete(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    if (requireStored(tenant, id).defaultCalendar()) {
      throw new ConflictException("This is the default calendar; make another calendar the default first");
    }
    calendars.delete(tenant, id);
  }

  /** Adds the holidays of an iCalendar file to a stored calendar; dates it already has keep their name. */
  @Transactional
  public HolidayImport importHolidays(UUID id, InputStream ics) {
    TenantId tenant = Tenancy.requireTenant();
    requireStored(tenant, id);
    ICalHolidays.Parsed parsed = ICalHolidays.parse(ics);
    Calendars.Calendar calendar = calendars.findForUpdate(tenant, id).orElseThrow(CalendarNotFound::new);
    TreeMap<LocalDate, Holiday> merged = new TreeMap<>();
    calendar.holidays().forEach(h -> merged.put(h.date(), h));
    int before = merged.size();
    parsed.holidays().forEach(h -> merged.putIfAbsent(h.date(), h));
    if (merged.size() > MAX_HOLIDAYS) {
      throw new InvalidException("file", "would give the calendar more than " + MAX_HOLIDAYS + " holidays");
    }
    int added = merged.size() - before;
    calendars.update(tenant, new Calendars.Calendar(calendar.id(), calendar.name(), calendar.zone(),
        calendar.aroundTheClock(), calendar.defaultCalendar(), calendar.slots(), List.copyOf(merged.values())));
    return new HolidayImport(added, parsed.holidays().size() - added, parsed.skippedEvents());
  }

  /** The working time of a calendar of the current tenant, the tenant's id naming its business hours. */
  @Transactional(readOnly = true)
  public WorkingCalendar workingCalendar(UUID id) {
    TenantId tenant = Tenancy.requireTenant();
    if (tenant.value().equals(id)) {
      return WorkingCalendar.of(businessCalendar(tenant));
    }
    return working(calendars.find(tenant, id).orElseThrow(CalendarNotFound::new));
  }

  @Transactional(readOnly = true)
  public WorkingCalendar defaultWorkingCalendar() {
    TenantId tenant = Tenancy.requireTenant();
    return calendars.findDefault(tenant).map(CalendarService::working)
        .orElseGet(() -> WorkingCalendar.of(businessCalendar(tenant)));
  }

  /** The business hours of the tenant: its default calendar until a stored one is. */
  BusinessCalendar businessCalendar(TenantId tenant) {
    TenantView view = tenants.find(tenant).orElseThrow(() -> new NotFoundException("Tenant"));
    return new BusinessCalendar(ZoneId.of(view.timezone()), view.businessHours());
  }

  /** 24/7 counts every minute (holidays included: an around-the-clock service does not close). */
  private static WorkingCalendar working(Calendars.Calendar c) {
    ZoneId zone = ZoneId.of(c.zone());
    if (c.aroundTheClock()) {
      return WorkingCalendar.aroundTheClock(zone);
    }
    Map<DayOfWeek, List<WorkingCalendar.Slot>> slots = new EnumMap<>(DayOfWeek.class);
    c.slots().forEach((day, list) -> slots.put(day,
        list.stream().map(s -> new WorkingCalendar.Slot(s.start(), s.end())).toList()));
    return WorkingCalendar.of(zone, slots,
        c.holidays().stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet()));
  }

  private CalendarView settingsCalendar(TenantId tenant, boolean defaultCalendar) {
    TenantView view = tenants.find(tenant).orElseThrow(CalendarNotFound::new);
    Map<DayOfWeek, List<Slot>> slots = new EnumMap<>(DayOfWeek.class);
    for (BusinessHours.Day day : view.businessHours().days()) {
      slots.computeIfAbsent(day.day(), d -> new ArrayList<>()).add(new Slot(day.opens(), day.closes()));
    }
    return new CalendarView(tenant.value(), SETTINGS_CALENDAR, view.timezone(), false, defaultCalendar, true, slots,
        List.of());
  }

  private static CalendarView view(Calendars.Calendar c) {
    return new CalendarView(c.id(), c.name(), c.zone(), c.aroundTheClock(), c.defaultCalendar(), false, c.slots(),
        c.holidays());
  }

  private Calendars.Calendar requireStored(TenantId tenant, UUID id) {
    if (tenant.value().equals(id)) {
      throw new ConflictException("The calendar of the business hours is changed in the settings");
    }
    return calendars.find(tenant, id).orElseThrow(CalendarNotFound::new);
  }

  private static Calendars.Calendar stored(UUID id, CalendarSpec spec) {
    Map<DayOfWeek, List<Slot>> slots = new EnumMap<>(DayOfWeek.class);
    spec.slots().forEach((day, list) -> {
      if (!list.isEmpty()) {
        slots.put(day, list.stream().sorted(Comparator.comparing(Slot::start)).toList());
      }
    });
    List<Holiday> holidays = spec.holidays().stream().sorted(Comparator.comparing(Holiday::date))
        .map(h -> new Holiday(h.date(), h.name() == null || h.name().isBlank() ? null : h.name().strip()))
        .toList();
    return new Calendars.Calendar(id, spec.name().strip(), spec.zone(), spec.aroundTheClock(), spec.defaultCalendar(),
        slots, holidays);
  }

  /** Slots: start before end (or end 00:00, midnight), no overlaps, at most six a day; holidays once per date. */
  private static void validate(CalendarSpec spec) {
    List<FieldError> errors = new ArrayList<>();
    try {
      ZoneId.of(spec.zone());
    } catch (DateTimeException e) {
      errors.add(new FieldError("zone", "must be a time zone such as Europe/Berlin"));
    }
    int working = 0;
    for (Map.Entry<DayOfWeek, List<Slot>> entry : spec.slots().entrySet()) {
      String field = "slots[" + entry.getKey() + "]";
      List<Slot> day = entry.getValue();
      if (day.size() > MAX_SLOTS_PER_DAY) {
        errors.add(new FieldError(field, "must have at most " + MAX_SLOTS_PER_DAY + " slots"));
        continue;
      }
      for (int i = 0; i < day.size(); i++) {
        Slot slot = day.get(i);
        if (!slot.end().equals(LocalTime.MIDNIGHT) && !slot.end().isAfter(slot.start())) {
          errors.add(new FieldError(field + "[" + i + "].end", "must be after the start (00:00 is midnight)"));
        }
      }
      for (int i = 0; i < day.size(); i++) {
        for (int j = i + 1; j < day.size(); j++) {
          if (overlap(day.get(i), day.get(j))) {
            errors.add(new FieldError(field + "[" + j + "]", "overlaps slot " + i + " of the day"));
          }
        }
      }
      working += day.size();
    }
    if (!spec.aroundTheClock() && working == 0) {
      errors.add(new FieldError("slots", "needs at least one working slot, unless the calendar is around the clock"));
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < spec.holidays().size(); i++) {
      if (!seen.add(spec.holidays().get(i).date())) {
        errors.add(new FieldError("holidays[" + i + "].date", "is listed twice"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidException(errors);
    }
  }

  private static boolean overlap(Slot a, Slot b) {
    return a.start().isBefore(minutesEnd(b)) && b.start().isBefore(minutesEnd(a));
  }

  /** The end as a time of the day that compares correctly: midnight is the day's last instant. */
  private static LocalTime minutesEnd(Slot s) {
    return s.end().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : s.end();
  }

  private static ConflictException nameTaken() {
    return new ConflictException("name", "A calendar with this name already exists");
  }
}

package io.fokus.tenants.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A business-hours calendar as the API shows it. {@code fromSettings} marks the calendar of the tenant's business
 * hours: it always exists, has the tenant's id, is edited through the settings and is the default while no stored
 * calendar is.
 */
public record CalendarView(UUID id, String name, String zone, boolean aroundTheClock, boolean defaultCalendar,
    boolean fromSettings, Map<DayOfWeek, List<Slot>> slots, List<Holiday> holidays) {

  /** A working slot in local wall-clock time; an end of 00:00 is midnight. */
  public record Slot(LocalTime start, LocalTime end) {
  }

  /** A closed day, with an optional name ("New Year's Day"). */
  public record Holiday(LocalDate date, String name) {
  }
}

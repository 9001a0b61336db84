package io.fokus.tenants.web;

import io.fokus.platform.domain.InvalidException;
import io.fokus.tenants.internal.CalendarService;
import io.fokus.tenants.internal.CalendarService.CalendarSpec;
import io.fokus.tenants.internal.CalendarView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Business-hours calendars for SLA policies (DESIGN.md §8): ADMIN manages them, MANAGER reads them (to pick one for a
 * policy). The calendar of the tenant's business hours is listed first under the tenant's id and edited in settings.
 */
@RestController
@RequestMapping("/api/calendars")
@PreAuthorize("hasRole('ADMIN')")
class CalendarsController {

  private static final String READERS = "hasAnyRole('ADMIN', 'MANAGER')";
  /** An .ics of public holidays for many years is a few kilobytes; a mebibyte is generous. */
  private static final long MAX_ICS_BYTES = 1024 * 1024;

  private final CalendarService calendars;

  CalendarsController(CalendarService calendars) {
    this.calendars = calendars;
  }

  /** A working slot, local wall-clock time ("08:00"); an end of "00:00" is midnight. */
  record SlotRequest(@NotNull LocalTime start, @NotNull LocalTime end) {
  }

  record HolidayRequest(@NotNull LocalDate date, @Size(max = 120) String name) {
  }

  /**
   * A calendar: weekdays missing from {@code slots} are closed; {@code defaultCalendar} makes it the tenant's default
   * (both flags are false when left out).
   */
  record CalendarRequest(
      @NotBlank @Size(max = 120) String name,
      @NotBlank @Size(max = 64) String zone,
      Boolean aroundTheClock,
      Boolean defaultCalendar,
      @Size(max = 7) Map<@NotNull DayOfWeek, @NotNull @Size(max = 6) List<@Valid @NotNull SlotRequest>> slots,
      @Size(max = 2000) List<@Valid @NotNull HolidayRequest> holidays) {

    CalendarSpec spec() {
      Map<DayOfWeek, List<CalendarView.Slot>> days = new EnumMap<>(DayOfWeek.class);
      if (slots != null) {
        slots.forEach((day, list) -> days.put(day,
            list.stream().map(s -> new CalendarView.Slot(s.start(), s.end())).toList()));
      }
      List<CalendarView.Holiday> closed = holidays == null ? List.of()
          : holidays.stream().map(h -> new CalendarView.Holiday(h.date(), h.name())).toList();
      return new CalendarSpec(name, zone, Boolean.TRUE.equals(aroundTheClock), Boolean.TRUE.equals(defaultCalendar),
          days, closed);
    }
  }

  @GetMapping
  @PreAuthorize(READERS)
  List<CalendarView> list() {
    return calendars.list();
  }

  @GetMapping("/{id}")
  @PreAuthorize(READERS)
  CalendarView get(@PathVariable UUID id) {
    return calendars.get(id);
  }

  @PostMapping
  ResponseEntity<CalendarView> create(@Valid @RequestBody CalendarRequest request) {
    CalendarView calendar = calendars.create(request.spec());
    return ResponseEntity.created(URI.create("/api/calendars/" + calendar.id())).body(calendar);
  }

  @PutMapping("/{id}")
  CalendarView update(@PathVariable UUID id, @Valid @RequestBody CalendarRequest request) {
    return calendars.update(id, request.spec());
  }

  /** Deleting the default calendar answers 409. */
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    calendars.delete(id);
    return ResponseEntity.noContent().build();
  }

  /** Adds the all-day events of an iCalendar file (multipart part {@code file}, at most 1 MiB) as holidays. */
  @PostMapping(path = "/{id}/holidays/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  CalendarService.HolidayImport importHolidays(@PathVariable UUID id, @RequestPart("file") MultipartFile file)
      throws IOException {
    if (file.isEmpty()) {
      throw new InvalidException("file", "is empty");
    }
    if (file.getSize() > MAX_ICS_BYTES) {
      throw new InvalidException("file", "must be at most 1 MiB");
    }
    try (InputStream in = file.getInputStream()) {
      return calendars.importHolidays(id, in);
    }
  }
}

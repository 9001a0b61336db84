package io.fokus.tenants.internal;

import io.fokus.platform.domain.InvalidException;
import io.fokus.tenants.internal.CalendarView.Holiday;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Holidays from an iCalendar (.ics) file, as public-holiday calendars publish them: every all-day VEVENT
 * ({@code DTSTART;VALUE=DATE}) is closed on each of its dates (DTEND is exclusive), a yearly RRULE repeats it (up to
 * its COUNT or UNTIL, at most {@value #YEARS_AHEAD} years). Timed events are not holidays and are skipped; other
 * repetitions are refused, since a weekly "holiday" is not one.
 */
final class ICalHolidays {

  /** What a file holds: its holidays in date order (a date once, with the first name seen) and the events skipped. */
  record Parsed(List<Holiday> holidays, int skippedEvents) {
  }

  static final int YEARS_AHEAD = 10;
  static final int MAX_DATES = 2000;
  private static final int MAX_EVENT_DAYS = 366;

  private ICalHolidays() {
  }

  static Parsed parse(InputStream in) {
    net.fortuna.ical4j.model.Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(in);
    } catch (ParserException e) {
      throw new InvalidException("file", "is not an iCalendar file (line " + e.getLineNo() + ")");
    } catch (IOException | RuntimeException e) {
      throw new InvalidException("file", "is not an iCalendar file");
    }
    Map<LocalDate, String> dates = new LinkedHashMap<>();
    int skipped = 0;
    int index = 0;
    for (Component component : calendar.getComponents(Component.VEVENT)) {
      VEvent event = (VEvent) component;
      index++;
      Optional<LocalDate> start = date(event.getProperty(Property.DTSTART), index);
      if (start.isEmpty()) {
        skipped++;
        continue;
      }
      String name = event.<Summary>getProperty(Property.SUMMARY).map(Summary::getValue).map(String::strip)
          .filter(s -> !s.isEmpty()).map(s -> s.length() > 120 ? s.substring(0, 120) : s).orElse(null);
      long days = date(event.getProperty(Property.DTEND), index)
          .map(end -> ChronoUnit.DAYS.between(start.get(), end)).orElse(1L);
      if (days < 1 || days > MAX_EVENT_DAYS) {
        throw new InvalidException("file", "event " + index + " must end after it starts and last at most "
            + MAX_EVENT_DAYS + " days");
      }
      for (LocalDate first : occurrences(event, start.get(), index)) {
        for (long d = 0; d < days; d++) {
          dates.putIfAbsent(first.plusDays(d), name);
          if (dates.size() > MAX_DATES) {
            throw new InvalidException("file", "has more than " + MAX_DATES + " holiday dates");
          }
        }
      }
    }
    List<Holiday> holidays = new ArrayList<>();
    dates.forEach((date, name) -> holidays.add(new Holiday(date, name)));
    holidays.sort((a, b) -> a.date().compareTo(b.date()));
    return new Parsed(List.copyOf(holidays), skipped);
  }

  /** The date of an all-day DTSTART or DTEND; empty when absent or a date-time (a timed event). */
  private static Optional<LocalDate> date(Optional<? extends Property> property, int index) {
    if (property.isEmpty()) {
      return Optional.empty();
    }
    Temporal value;
    try {
      value = switch (property.get()) {
        case DtStart<?> start -> start.getDate();
        case DtEnd<?> end -> end.getDate();
        default -> null;
      };
    } catch (RuntimeException e) {
      throw new InvalidException("file", "event " + index + " has an unreadable date");
    }
    return value instanceof LocalDate date ? Optional.of(date) : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static List<LocalDate> occurrences(VEvent event, LocalDate start, int index) {
    Optional<RRule<?>> rule = event.getProperty(Property.RRULE);
    if (rule.isEmpty()) {
      return List.of(start);
    }
    Recur<LocalDate> recur;
    try {
      recur = (Recur<LocalDate>) rule.get().getRecur();
    } catch (RuntimeException e) {
      throw new InvalidException("file", "event " + index + " has an unreadable RRULE");
    }
    if (recur.getFrequency() != Frequency.YEARLY) {
      throw new InvalidException("file", "event " + index + " repeats " + recur.getFrequency()
          + "; only yearly repeating holidays (RRULE:FREQ=YEARLY) can be imported");
    }
    try {
      return recur.getDates(start, start, start.plusYears(YEARS_AHEAD));
    } catch (RuntimeException e) {
      throw new InvalidException("file", "event " + index + " has an RRULE that cannot be expanded");
    }
  }
}

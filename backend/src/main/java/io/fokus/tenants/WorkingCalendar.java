package io.fokus.tenants;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Working time of a tenant or an SLA policy: working slots per weekday in local wall-clock time of an IANA time zone
 * (so daylight saving moves them correctly), holidays, or around the clock. Pure: SLA clocks and promise due dates
 * count working time with it (DESIGN.md §8, §9).
 */
public final class WorkingCalendar {

  /** A working slot of a day, from {@code start} to {@code end} (exclusive); an end of 00:00 means midnight. */
  public record Slot(LocalTime start, LocalTime end) {

    public Slot {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
        throw new IllegalArgumentException("a slot must end after it starts: " + start + "–" + end);
      }
    }
  }

  /** Far enough to find working time in any calendar that has some, with a bound so nothing loops forever. */
  private static final int MAX_DAYS = 3660;

  private final ZoneId zone;
  private final Map<DayOfWeek, List<Slot>> slots;
  private final Set<LocalDate> holidays;
  private final boolean aroundTheClock;

  private WorkingCalendar(ZoneId zone, Map<DayOfWeek, List<Slot>> slots, Set<LocalDate> holidays,
      boolean aroundTheClock) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.slots = slots;
    this.holidays = Set.copyOf(holidays);
    this.aroundTheClock = aroundTheClock;
  }

  /** "24/7": every minute is working time. */
  public static WorkingCalendar aroundTheClock(ZoneId zone) {
    return new WorkingCalendar(zone, Map.of(), Set.of(), true);
  }

  /**
   * A calendar of working slots per weekday (a weekday without slots is closed) and holidays (closed all day).
   *
   * @throws IllegalArgumentException when no weekday has a slot or slots of one day overlap
   */
  public static WorkingCalendar of(ZoneId zone, Map<DayOfWeek, List<Slot>> slotsPerDay, Set<LocalDate> holidays) {
    Map<DayOfWeek, List<Slot>> sorted = new EnumMap<>(DayOfWeek.class);
    slotsPerDay.forEach((day, daySlots) -> {
      List<Slot> ordered = new ArrayList<>(daySlots);
      ordered.sort(Comparator.comparing(Slot::start));
      for (int i = 1; i < ordered.size(); i++) {
        LocalTime previousEnd = ordered.get(i - 1).end();
        if (previousEnd.equals(LocalTime.MIDNIGHT) || previousEnd.isAfter(ordered.get(i).start())) {
          throw new IllegalArgumentException("slots of " + day + " overlap");
        }
      }
      if (!ordered.isEmpty()) {
        sorted.put(day, List.copyOf(ordered));
      }
    });
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a calendar needs working time on at least one weekday");
    }
    return new WorkingCalendar(zone, sorted, holidays, false);
  }

  /** The tenant's business hours from its settings, without holidays: its default calendar. */
  public static WorkingCalendar of(BusinessCalendar calendar) {
    Map<DayOfWeek, List<Slot>> slots = new EnumMap<>(DayOfWeek.class);
    for (BusinessHours.Day day : calendar.hours().days()) {
      slots.computeIfAbsent(day.day(), d -> new ArrayList<>()).add(new Slot(day.opens(), day.closes()));
    }
    return of(calendar.zone(), slots, Set.of());
  }

  public ZoneId zone() {
    return zone;
  }

  /** The instant at which {@code amount} of working time, counted from {@code from}, has passed. */
  public Instant plus(Instant from, Duration amount) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("working time to add must not be negative");
    }
    if (aroundTheClock) {
      return from.plus(amount);
    }
    Duration left = amount;
    LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); // a slot of the day before may still run
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      for (Instant[] slot : slotsOf(day)) {
        Instant start = slot[0].isBefore(from) ? from : slot[0];
        if (!start.isBefore(slot[1])) {
          continue;
        }
        Duration available = Duration.between(start, slot[1]);
        if (available.compareTo(left) >= 0) {
          return start.plus(left);
        }
        left = left.minus(available);
      }
    }
    throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
  }

  /** {@link #plus(Instant, Duration)} in whole minutes. */
  public Instant plusMinutes(Instant from, long minutes) {
    return plus(from, Duration.ofMinutes(minutes));
  }

  /** Working time between two instants; zero when {@code to} is not after {@code from}. */
  public Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (aroundTheClock) {
      return Duration.between(from, to);
    }
    Duration total = Duration.ZERO;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
      for (Instant[] slot : slotsOf(day)) {
        Instant start = slot[0].isBefore(from) ? from : slot[0];
        Instant end = slot[1].isAfter(to) ? to : slot[1];
        if (end.isAfter(start)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  /** Whether {@code instant} lies in working time. */
  public boolean isWorking(Instant instant) {
    return aroundTheClock || !between(instant, instant.plusSeconds(1)).isZero();
  }

  /** Whether {@code day} has working time: a weekday with slots that is no holiday (every day around the clock). */
  public boolean isWorkingDay(LocalDate day) {
    return aroundTheClock || !slotsOf(day).isEmpty();
  }

  /**
   * The working day {@code days} working days after {@code day}: for 0 the day itself when it is a working day, else
   * the next one; for 1 the next working day after it, and so on (DESIGN.md §9: "within N working days", the grace
   * period).
   *
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public LocalDate plusWorkingDays(LocalDate day, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("working days to add must not be negative");
    }
    if (days == 0 && isWorkingDay(day)) {
      return day;
    }
    LocalDate d = day;
    int left = Math.max(days, 1);
    for (int i = 0; i < MAX_DAYS; i++) {
      d = d.plusDays(1);
      if (isWorkingDay(d) && --left == 0) {
        return d;
      }
    }
    throw new IllegalStateException("no working day within " + MAX_DAYS + " days");
  }

  /**
   * The working day {@code days} working days before {@code day} (for 0: the day itself when it is a working day, else
   * the working day before it).
   *
   * @throws IllegalArgumentException when {@code days} is negative
   */
  public LocalDate minusWorkingDays(LocalDate day, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("working days to subtract must not be negative");
    }
    if (days == 0 && isWorkingDay(day)) {
      return day;
    }
    LocalDate d = day;
    int left = Math.max(days, 1);
    for (int i = 0; i < MAX_DAYS; i++) {
      d = d.minusDays(1);
      if (isWorkingDay(d) && --left == 0) {
        return d;
      }
    }
    throw new IllegalStateException("no working day within " + MAX_DAYS + " days");
  }

  /** When work starts on {@code day} (its first slot; midnight around the clock), or empty on a day off. */
  public Optional<Instant> startOfWork(LocalDate day) {
    if (aroundTheClock) {
      return Optional.of(day.atStartOfDay(zone).toInstant());
    }
    List<Instant[]> daySlots = slotsOf(day);
    return daySlots.isEmpty() ? Optional.empty() : Optional.of(daySlots.get(0)[0]);
  }

  /** When work ends on {@code day} (the end of its last slot; the next midnight around the clock), or empty on a day off. */
  public Optional<Instant> endOfWork(LocalDate day) {
    if (aroundTheClock) {
      return Optional.of(day.plusDays(1).atStartOfDay(zone).toInstant());
    }
    List<Instant[]> daySlots = slotsOf(day);
    return daySlots.isEmpty() ? Optional.empty()
        : Optional.of(daySlots.get(daySlots.size() - 1)[1]);
  }

  /** The day's slots as instants; wall-clock times that a daylight-saving change skips resolve forward. */
  private List<Instant[]> slotsOf(LocalDate day) {
    if (holidays.contains(day)) {
      return List.of();
    }
    List<Instant[]> instants = new ArrayList<>();
    for (Slot slot : slots.getOrDefault(day.getDayOfWeek(), List.of())) {
      Instant start = ZonedDateTime.of(day, slot.start(), zone).toInstant();
      Instant end = slot.end().equals(LocalTime.MIDNIGHT)
          ? day.plusDays(1).atStartOfDay(zone).toInstant()
          : ZonedDateTime.of(day, slot.end(), zone).toInstant();
      instants.add(new Instant[] {start, end});
    }
    return instants;
  }
}

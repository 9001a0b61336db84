package io.fokus.platform.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period of days [from, to] (null: unbounded) split for reports that read monthly rollups: the whole calendar months
 * inside it, as [monthsFrom, monthsEnd) of month starts, and the days left at its edges, which such a report reads
 * from its records; no months (null) when the period holds no whole one.
 */
public record PeriodSplit(LocalDate monthsFrom, LocalDate monthsEnd, List<LocalDate[]> days) {

  public static PeriodSplit of(LocalDate from, LocalDate to) {
    LocalDate first = from == null ? LocalDate.MIN
        : from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
    LocalDate end = to == null ? LocalDate.MAX
        : to.equals(to.with(TemporalAdjusters.lastDayOfMonth())) ? to.plusDays(1) : to.withDayOfMonth(1);
    if (!first.isBefore(end)) {
      return new PeriodSplit(null, null, List.<LocalDate[]>of(new LocalDate[] {from, to}));
    }
    List<LocalDate[]> days = new ArrayList<>();
    if (from != null && from.isBefore(first)) {
      days.add(new LocalDate[] {from, first.minusDays(1)});
    }
    if (to != null && !to.isBefore(end)) {
      days.add(new LocalDate[] {end, to});
    }
    return new PeriodSplit(first, end, days);
  }
}

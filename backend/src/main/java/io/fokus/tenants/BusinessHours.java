package io.fokus.tenants;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** Opening hours per weekday in the tenant's timezone; a day that is missing is closed. SLAs count only these. */
public record BusinessHours(@NotNull @Size(max = 7) List<@Valid @NotNull Day> days) {

  public record Day(@NotNull DayOfWeek day, @NotNull LocalTime opens, @NotNull LocalTime closes) {
  }

  public static BusinessHours weekdaysNineToFive() {
    return new BusinessHours(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY).stream().map(d -> new Day(d, LocalTime.of(9, 0), LocalTime.of(17, 0))).toList());
  }
}

package io.fokus.tenants.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.domain.InvalidException;
import io.fokus.tenants.internal.CalendarView.Holiday;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ICalHolidaysTest {

  private static ICalHolidays.Parsed parse(String... events) {
    String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Fokus test//EN\r\n"
        + String.join("", events) + "END:VCALENDAR\r\n";
    return ICalHolidays.parse(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
  }

  private static String event(String uid, String... lines) {
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\n" + String.join("\r\n", lines)
        + "\r\nEND:VEVENT\r\n";
  }

  @Test
  void aOneDayEventIsOneHolidayWithItsSummary() {
    assertThat(parse(event("a", "DTSTART;VALUE=DATE:20261003", "SUMMARY:Tag der Deutschen Einheit")).holidays())
        .containsExactly(new Holiday(LocalDate.of(2026, 10, 3), "Tag der Deutschen Einheit"));
  }

  @Test
  void aMultiDayEventIsEachOfItsDatesWithTheEndExclusive() {
    assertThat(parse(event("a", "DTSTART;VALUE=DATE:20261231", "DTEND;VALUE=DATE:20270102")).holidays())
        .extracting(Holiday::date).containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));
  }

  @Test
  void aYearlyRuleRepeatsUpToItsCountOrUntilAndAtMostTenYears() {
    assertThat(parse(event("a", "DTSTART;VALUE=DATE:20260501", "RRULE:FREQ=YEARLY;COUNT=2")).holidays())
        .extracting(Holiday::date).containsExactly(LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1));
    assertThat(parse(event("a", "DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY;UNTIL=20281231")).holidays())
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 12, 25), LocalDate.of(2028, 12, 25));
    assertThat(parse(event("a", "DTSTART;VALUE=DATE:20260101", "RRULE:FREQ=YEARLY")).holidays())
        .hasSizeBetween(ICalHolidays.YEARS_AHEAD, ICalHolidays.YEARS_AHEAD + 1);
  }

  @Test
  void timedEventsAreSkippedAndDatesAreListedOnceInOrder() {
    ICalHolidays.Parsed parsed = parse(
        event("a", "DTSTART;VALUE=DATE:20261226", "SUMMARY:Second day"),
        event("b", "DTSTART:20260310T090000Z", "DTEND:20260310T100000Z"),
        event("c", "DTSTART;VALUE=DATE:20261225", "DTEND;VALUE=DATE:20261227", "SUMMARY:Christmas"));
    assertThat(parsed.skippedEvents()).isEqualTo(1);
    assertThat(parsed.holidays()).containsExactly(new Holiday(LocalDate.of(2026, 12, 25), "Christmas"),
        new Holiday(LocalDate.of(2026, 12, 26), "Second day"));
  }

  @Test
  void rejectsOtherRepetitionsBackwardsEventsAndWhatIsNoCalendar() {
    assertThatThrownBy(() -> parse(event("a", "DTSTART;VALUE=DATE:20260105", "RRULE:FREQ=WEEKLY")))
        .isInstanceOf(InvalidException.class).hasMessageContaining("invalid");
    assertThatThrownBy(() -> parse(event("a", "DTSTART;VALUE=DATE:20260105", "DTEND;VALUE=DATE:20260101")))
        .isInstanceOf(InvalidException.class);
    assertThatThrownBy(() -> ICalHolidays.parse(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidException.class);
  }
}

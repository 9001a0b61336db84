package io.fokus.surveys.internal;

import io.fokus.surveys.Bucket;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The reporting period of staff answers: the calendar month in UTC. A staff answer (and the record that its member
 * took part) is dated by its month only, so no time stored with it can be matched to a person (DESIGN.md §5);
 * filters and series of staff answers work in whole months.
 */
final class StaffPeriod {

  /** The series bucket of staff answers; finer buckets would only repeat the month. */
  static final Bucket BUCKET = Bucket.MONTH;

  private StaffPeriod() {
  }

  /** The start of the month the instant falls in (UTC): the only time kept of a staff answer. */
  static OffsetDateTime of(OffsetDateTime instant) {
    return instant.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
  }

  /** The start of the month of the first day of a filter. */
  static OffsetDateTime startOf(LocalDate from) {
    return from.withDayOfMonth(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** The start of the month after the month of the last day of a filter. */
  static OffsetDateTime endAfter(LocalDate to) {
    return startOf(to).plusMonths(1);
  }
}

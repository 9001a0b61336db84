package io.fokus.surveys;

import java.util.Locale;

/** The length of the periods a series of scores is counted in; periods start at the start of a day in a zone. */
public enum Bucket {
  DAY, WEEK, MONTH;

  /** The name in the API and in SQL's {@code date_trunc}: {@code day}, {@code week}, {@code month}. */
  public String sqlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The bucket of an API name such as {@code week}; empty for anything else. */
  public static java.util.Optional<Bucket> of(String name) {
    for (Bucket bucket : values()) {
      if (bucket.sqlName().equals(name)) {
        return java.util.Optional.of(bucket);
      }
    }
    return java.util.Optional.empty();
  }
}

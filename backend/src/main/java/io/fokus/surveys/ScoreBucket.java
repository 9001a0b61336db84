package io.fokus.surveys;

import io.fokus.tenants.Level;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The counts behind the scores of one period and one value of each dimension of a {@link ScoreQuery}: enough to
 * compute NPS, CSAT and CES with their intervals (DESIGN.md §7), and to add buckets up into larger ones. A dimension
 * not asked for, or without a value (a customer answer has no unit), is null.
 *
 * @param period the start of the period (staff answers: of the month, UTC)
 * @param nps the NPS answers, or null when there are none or they are {@code suppressed}
 * @param suppressed the scores whose counts are withheld because they would reveal fewer than five staff answers
 *     (DESIGN.md §5); empty for customer answers
 */
public record ScoreBucket(OffsetDateTime period, String touchpoint, UUID unitId, Level level, String attributeValue,
    Nps nps, Csat csat, Ces ces, Set<ScoreType> suppressed) {

  public ScoreBucket {
    Objects.requireNonNull(period, "period must not be null");
    suppressed = Set.copyOf(suppressed);
  }

  /** NPS answers (0–10): promoters 9–10, passives 7–8, detractors 0–6. */
  public record Nps(long promoters, long passives, long detractors, long total) {

    public Nps {
      if (promoters + passives + detractors != total) {
        throw new IllegalArgumentException("promoters, passives and detractors must add up to the total");
      }
    }
  }

  /** CSAT answers (1–5): satisfied are the 4 and 5 answers. */
  public record Csat(long satisfied, long total) {
  }

  /**
   * CES answers (1–7): the sum and sum of squares of the values (for the mean and its interval) and the agreeing
   * 5–7 answers (for the % agree and its Wilson interval).
   */
  public record Ces(long sum, long sumOfSquares, long agree, long total) {
  }
}

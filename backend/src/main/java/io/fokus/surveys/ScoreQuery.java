package io.fokus.surveys;

import io.fokus.platform.tenancy.TenantId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which answers {@link SurveyScores} counts and how it splits them: one tenant's answers of one audience, optionally
 * from a first to a last day, counted per period and per value of each dimension asked for.
 *
 * @param bucket the length of the periods; staff answers are always counted by month, their reporting period
 * @param zone where the days of {@code from}, {@code to} and the periods start (customer answers)
 * @param from the first day counted, or null for no lower bound
 * @param to the last day counted, or null for no upper bound
 * @param by the dimensions to split by besides the period
 * @param attribute the customer attribute that {@link Dimension#ATTRIBUTE} splits by, e.g. {@code segment}
 */
public record ScoreQuery(TenantId tenantId, Audience audience, Bucket bucket, ZoneId zone, LocalDate from,
    LocalDate to, Set<Dimension> by, String attribute) {

  /** What a query can split answers by besides the period. */
  public enum Dimension {
    TOUCHPOINT, UNIT, LEVEL, ATTRIBUTE
  }

  public ScoreQuery {
    Objects.requireNonNull(tenantId, "tenant must not be null");
    Objects.requireNonNull(audience, "audience must not be null");
    Objects.requireNonNull(bucket, "bucket must not be null");
    zone = zone == null ? ZoneId.of("UTC") : zone;
    by = by == null ? Set.of() : Set.copyOf(by);
    if (by.contains(Dimension.ATTRIBUTE) && (attribute == null || attribute.isBlank())) {
      throw new IllegalArgumentException("splitting by attribute needs the attribute's name");
    }
  }

  /** Every answer of the audience, per period. */
  public static ScoreQuery of(TenantId tenantId, Audience audience, Bucket bucket) {
    return new ScoreQuery(tenantId, audience, bucket, null, null, null, Set.of(), null);
  }

  /** This query, split also by the dimensions. */
  public ScoreQuery by(Dimension... dimensions) {
    return new ScoreQuery(tenantId, audience, bucket, zone, from, to, Set.of(dimensions), attribute);
  }

  /** This query, split also by a customer attribute. */
  public ScoreQuery byAttribute(String name) {
    Set<Dimension> dimensions = new HashSet<>(by);
    dimensions.add(Dimension.ATTRIBUTE);
    return new ScoreQuery(tenantId, audience, bucket, zone, from, to, dimensions, name);
  }

  /** This query, limited to the days from {@code first} to {@code last} in its zone. */
  public ScoreQuery between(LocalDate first, LocalDate last) {
    return new ScoreQuery(tenantId, audience, bucket, zone, first, last, by, attribute);
  }
}

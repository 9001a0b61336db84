package io.fokus.surveys.internal;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.Audience;
import io.fokus.surveys.Bucket;
import io.fokus.surveys.Score;
import io.fokus.surveys.ScoreBucket;
import io.fokus.surveys.ScoreQuery;
import io.fokus.surveys.ScoreQuery.Dimension;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyScores;
import io.fokus.surveys.internal.Answers.Criteria;
import io.fokus.surveys.internal.Answers.Key;
import io.fokus.surveys.internal.Answers.Scope;
import io.fokus.tenants.Level;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the answers behind NPS, CSAT and CES per bucket for other modules ({@link SurveyScores}). */
@Service
class ScoreCounter implements SurveyScores {

  /** The dimensions in the order of a bucket's key, after the period. */
  private static final List<Dimension> ORDER = List.of(Dimension.TOUCHPOINT, Dimension.UNIT, Dimension.LEVEL,
      Dimension.ATTRIBUTE);

  private final Answers answers;
  private final Tenancy tenancy;

  ScoreCounter(Answers answers, Tenancy tenancy) {
    this.answers = answers;
    this.tenancy = tenancy;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ScoreBucket> buckets(ScoreQuery query) {
    return tenancy.runAs(query.tenantId(), () -> count(query.tenantId(), query));
  }

  @Override
  public Score nps(ScoreBucket.Nps counts) {
    return Scoring.nps(counts.promoters(), counts.detractors(), counts.total());
  }

  @Override
  public Score csat(ScoreBucket.Csat counts) {
    return Scoring.csat(counts.satisfied(), counts.total());
  }

  @Override
  public Score ces(ScoreBucket.Ces counts) {
    return Scoring.cesMean(counts.sum(), counts.sumOfSquares(), counts.total());
  }

  private List<ScoreBucket> count(TenantId tenant, ScoreQuery query) {
    boolean staff = query.audience() == Audience.STAFF;
    List<Dimension> dimensions = ORDER.stream().filter(query.by()::contains).toList();
    List<Key<?>> keys = new ArrayList<>();
    keys.add(staff ? Key.period(StaffPeriod.BUCKET, ZoneOffset.UTC) : Key.period(query.bucket(), query.zone()));
    dimensions.forEach(d -> keys.add(key(d, query)));
    Criteria criteria = Criteria.of(new ResultsService.Filter(query.from(), query.to(), query.zone(), null, null,
        null, null, null)).audience(query.audience());

    // per bucket key and score type, the answers per value
    Map<List<Object>, Map<ScoreType, long[]>> counts = new LinkedHashMap<>();
    for (var row : answers.valueCounts(Scope.scores(tenant, List.of(ScoreType.values())), criteria, keys)) {
      ScoreType type = row.type().scoreType().orElseThrow();
      long[] values = counts.computeIfAbsent(row.key(), k -> new EnumMap<>(ScoreType.class))
          .computeIfAbsent(type, t -> new long[11]);
      if (row.value() >= 0 && row.value() <= 10) {
        values[row.value()] += row.count();
      }
    }
    Map<ScoreType, Set<List<Object>>> shown = new EnumMap<>(ScoreType.class);
    for (ScoreType type : ScoreType.values()) {
      Map<List<Object>, Long> cells = new LinkedHashMap<>();
      counts.forEach((key, byType) -> {
        if (byType.containsKey(type)) {
          cells.put(key, Arrays.stream(byType.get(type)).sum());
        }
      });
      shown.put(type, staff ? Disclosure.shownCells(cells) : cells.keySet());
    }

    List<ScoreBucket> buckets = new ArrayList<>();
    counts.forEach((key, byType) -> {
      Set<ScoreType> suppressed = EnumSet.noneOf(ScoreType.class);
      Map<ScoreType, long[]> disclosed = new EnumMap<>(ScoreType.class);
      byType.forEach((type, values) -> {
        if (shown.get(type).contains(key)) {
          disclosed.put(type, values);
        } else {
          suppressed.add(type);
        }
      });
      buckets.add(bucket(key, dimensions, disclosed, suppressed));
    });
    buckets.sort(ORDERED);
    return buckets;
  }

  private static Key<?> key(Dimension dimension, ScoreQuery query) {
    return switch (dimension) {
      case TOUCHPOINT -> Key.TOUCHPOINT;
      case UNIT -> Key.UNIT;
      case LEVEL -> Key.LEVEL;
      case ATTRIBUTE -> Key.attribute(query.attribute());
    };
  }

  private static ScoreBucket bucket(List<Object> key, List<Dimension> dimensions, Map<ScoreType, long[]> counts,
      Set<ScoreType> suppressed) {
    Map<Dimension, String> values = new EnumMap<>(Dimension.class);
    for (int i = 0; i < dimensions.size(); i++) {
      String value = (String) key.get(i + 1);
      values.put(dimensions.get(i), value == null || value.isEmpty() ? null : value);
    }
    String unit = values.get(Dimension.UNIT);
    String level = values.get(Dimension.LEVEL);
    return new ScoreBucket((OffsetDateTime) key.get(0), values.get(Dimension.TOUCHPOINT),
        unit == null ? null : UUID.fromString(unit), level == null ? null : Level.valueOf(level),
        values.get(Dimension.ATTRIBUTE), nps(counts.get(ScoreType.NPS)), csat(counts.get(ScoreType.CSAT)),
        ces(counts.get(ScoreType.CES)), suppressed);
  }

  /** Counts per value 0..10 (index = value). */
  private static ScoreBucket.Nps nps(long[] values) {
    if (values == null) {
      return null;
    }
    return new ScoreBucket.Nps(sum(values, 9, 10), sum(values, 7, 8), sum(values, 0, 6), sum(values, 0, 10));
  }

  private static ScoreBucket.Csat csat(long[] values) {
    return values == null ? null : new ScoreBucket.Csat(sum(values, 4, 5), sum(values, 1, 5));
  }

  private static ScoreBucket.Ces ces(long[] values) {
    if (values == null) {
      return null;
    }
    long total = 0;
    long squares = 0;
    for (int v = 1; v <= 7; v++) {
      total += v * values[v];
      squares += (long) v * v * values[v];
    }
    return new ScoreBucket.Ces(total, squares, sum(values, 5, 7), sum(values, 1, 7));
  }

  private static long sum(long[] values, int from, int to) {
    long n = 0;
    for (int v = from; v <= to; v++) {
      n += values[v];
    }
    return n;
  }

  private static final java.util.Comparator<ScoreBucket> ORDERED = java.util.Comparator
      .comparing(ScoreBucket::period)
      .thenComparing(ScoreBucket::touchpoint, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
      .thenComparing(b -> b.unitId() == null ? "" : b.unitId().toString())
      .thenComparing(ScoreBucket::level, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
      .thenComparing(ScoreBucket::attributeValue,
          java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
}

package io.fokus.platform.stats;

import java.util.Arrays;

/**
 * A histogram of minutes, mergeable by adding counts: what a rollup keeps of the durations it counts so that a median
 * over any period is a sum of stored histograms, not a sort of every record (the SLA report's working minutes, the
 * lateness of broken promises). Buckets are exact minutes below 32, then 8 per doubling (each at most 12.5% wide),
 * the last from 131,072 minutes on; {@link #bucket} assigns them, as the SQL function
 * {@code complaints.sla_minutes_bucket} does for the SLA report.
 */
public final class LogHistogram {

  public static final int BUCKETS = 128;
  private static final int EXACT = 32;
  private static final int PER_DOUBLING = 8;

  private final long[] counts = new long[BUCKETS];

  /** The bucket of a duration in minutes (below 0: 0). */
  public static int bucket(long minutes) {
    if (minutes < EXACT) {
      return (int) Math.max(minutes, 0);
    }
    if (minutes >= lower(BUCKETS - 1)) {
      return BUCKETS - 1;
    }
    int bits = 64 - Long.numberOfLeadingZeros(minutes); // 6 for [32, 64)
    return 8 * bits - 16 + (int) ((minutes >> (bits - 4)) & 7);
  }

  /** Lowest minute value in {@code bucket}. */
  public static long lower(int bucket) {
    if (bucket < EXACT) {
      return bucket;
    }
    int doubling = (bucket - EXACT) / PER_DOUBLING; // 0 for [32, 64)
    int step = (bucket - EXACT) % PER_DOUBLING;
    long width = 1L << (doubling + 2);              // 4 minutes in [32, 64), 8 in [64, 128), ...
    return (PER_DOUBLING + step) * width;
  }

  /** First minute value above {@code bucket} (exclusive bound); the last bucket has none. */
  public static long upper(int bucket) {
    return bucket == BUCKETS - 1 ? Long.MAX_VALUE : lower(bucket + 1);
  }

  public void add(int bucket, long count) {
    counts[bucket] += count;
  }

  /** Adds a stored histogram: element i counts bucket i. */
  public void add(Integer[] stored) {
    for (int i = 0; i < Math.min(stored.length, BUCKETS); i++) {
      counts[i] += stored[i] == null ? 0 : stored[i];
    }
  }

  /** Adds another histogram's counts. */
  public void add(LogHistogram other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
  }

  public long total() {
    return Arrays.stream(counts).sum();
  }

  /**
   * The median in minutes (of the middle two, their mean), null when the histogram is empty. Below 32 minutes each
   * clock counts as its whole minutes used, as in the exact median of whole minutes; above, the clocks of a bucket
   * are spread evenly over its range, so the median is off the exact one by less than its bucket's width (12.5%).
   */
  public Double median() {
    long total = total();
    if (total == 0) {
      return null;
    }
    return total % 2 == 1 ? valueAt(total / 2) : (valueAt(total / 2 - 1) + valueAt(total / 2)) / 2;
  }

  /** The k-th smallest value (from 0) of the clocks spread over their buckets. */
  private double valueAt(long k) {
    long below = 0;
    for (int b = 0; b < BUCKETS; b++) {
      if (k < below + counts[b]) {
        if (b < EXACT || b == BUCKETS - 1) {
          return lower(b); // a whole minute, or the open-ended last bucket with no range to spread over
        }
        return lower(b) + (k - below + 0.5) / counts[b] * (upper(b) - lower(b));
      }
      below += counts[b];
    }
    throw new IllegalArgumentException("no value " + k + " among " + below);
  }
}

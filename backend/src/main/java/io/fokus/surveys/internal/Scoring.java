package io.fokus.surveys.internal;

import io.fokus.platform.stats.Wilson;
import io.fokus.surveys.Score;

/**
 * The score definitions of DESIGN.md §7, each with n and a 95% confidence interval. Groups with fewer than
 * {@link #MIN_GROUP} answers are suppressed; whether a larger group may be shown decides {@link Disclosure}.
 */
final class Scoring {

  static final int MIN_GROUP = Disclosure.MIN_GROUP;
  static final double Z = Wilson.Z;

  private Scoring() {
  }

  /**
   * Net Promoter Score from answer counts per point 0..10: % promoters (9–10) − % detractors (0–6), with the
   * adjusted-Wald interval (n' = n + 3, p' = (promoters + 0.75) / n', d' = (detractors + 0.75) / n').
   */
  static Score nps(long[] countsZeroToTen) {
    long promoters = countsZeroToTen[9] + countsZeroToTen[10];
    long detractors = 0;
    for (int i = 0; i <= 6; i++) {
      detractors += countsZeroToTen[i];
    }
    long n = sum(countsZeroToTen);
    return nps(promoters, detractors, n);
  }

  static Score nps(long promoters, long detractors, long n) {
    String method = "NPS: % promoters (9-10) - % detractors (0-6), 95% adjusted-Wald interval";
    if (n < MIN_GROUP) {
      return new Score(method, null, null, null, n, true);
    }
    double value = 100.0 * (promoters - detractors) / n;
    double adjustedN = n + 3;
    double p = (promoters + 0.75) / adjustedN;
    double d = (detractors + 0.75) / adjustedN;
    double se = Math.sqrt((p + d - (p - d) * (p - d)) / adjustedN);
    double low = Math.max(-100, 100 * ((p - d) - Z * se));
    double high = Math.min(100, 100 * ((p - d) + Z * se));
    return new Score(method, value, low, high, n, false);
  }

  /** CSAT from counts per point 1..5 (index 0 = 1): % of 4 and 5 answers, Wilson interval. */
  static Score csat(long[] countsOneToFive) {
    return csat(countsOneToFive[3] + countsOneToFive[4], sum(countsOneToFive));
  }

  /** CSAT from the number of 4 and 5 answers among {@code n}. */
  static Score csat(long satisfied, long n) {
    return proportion("CSAT: % of 4-5 answers on 1-5, 95% Wilson interval", satisfied, n);
  }

  /** CES % agree from counts per point 1..7 (index 0 = 1): % of 5–7 answers, Wilson interval. */
  static Score cesAgree(long[] countsOneToSeven) {
    return proportion("CES agree: % of 5-7 answers on 1-7, 95% Wilson interval",
        countsOneToSeven[4] + countsOneToSeven[5] + countsOneToSeven[6], sum(countsOneToSeven));
  }

  private static final String CES_MEAN = "CES: mean on 1-7, 95% interval mean +/- 1.96 s/sqrt(n)";

  /** CES mean on 1..7 from counts per point (index 0 = 1), with a normal-approximation interval of the mean. */
  static Score cesMean(long[] countsOneToSeven) {
    return mean(CES_MEAN, countsOneToSeven, 1);
  }

  /** CES mean on 1..7 from the sum and the sum of squares of {@code n} answers. */
  static Score cesMean(long sum, long sumOfSquares, long n) {
    return mean(CES_MEAN, sum, sumOfSquares, n, 1, 7);
  }

  /**
   * The mean of a scale from counts per point ({@code counts[i]} answers of value {@code min + i}), with the
   * normal-approximation interval mean ± 1.96·s/√n, kept within the scale.
   */
  static Score mean(String method, long[] counts, int min) {
    double total = 0;
    double squares = 0;
    for (int i = 0; i < counts.length; i++) {
      total += (min + i) * (double) counts[i];
      squares += (min + i) * (double) (min + i) * counts[i];
    }
    return mean(method, total, squares, sum(counts), min, min + counts.length - 1);
  }

  /** The mean of {@code n} answers on a scale from their sum and sum of squares, with its interval. */
  private static Score mean(String method, double total, double squares, long n, int min, int max) {
    if (n < MIN_GROUP) {
      return new Score(method, null, null, null, n, true);
    }
    double mean = total / n;
    // the sum of squared deviations, never negative though rounding may make it so
    double deviations = Math.max(0, squares - n * mean * mean);
    double sd = Math.sqrt(deviations / (n - 1));
    double half = Z * sd / Math.sqrt(n);
    return new Score(method, mean, Math.max(min, mean - half), Math.min(max, mean + half), n, false);
  }

  /** A percentage of successes with the Wilson score interval (also for promise-kept rates and the like). */
  static Score proportion(String method, long successes, long n) {
    if (n < MIN_GROUP) {
      return new Score(method, null, null, null, n, true);
    }
    Wilson.Interval interval = Wilson.of(successes, n);
    return new Score(method, 100 * interval.value(), 100 * interval.low(), 100 * interval.high(), n, false);
  }

  private static long sum(long[] counts) {
    long n = 0;
    for (long c : counts) {
      n += c;
    }
    return n;
  }
}

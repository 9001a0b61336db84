package io.fokus.platform.stats;

/**
 * The Wilson score interval of a proportion at 95% (DESIGN.md §7): CSAT, SLA met rate, promise-kept rate. Unlike the
 * plain Wald interval it stays within 0..1 and is honest for small samples and rates near 0 or 1.
 */
public final class Wilson {

  /** The two-sided 95% quantile of the standard normal distribution. */
  public static final double Z = 1.959963984540054;

  /** A proportion and its interval, all in 0..1. */
  public record Interval(double value, double low, double high) {
  }

  private Wilson() {
  }

  /**
   * The interval of {@code successes} out of {@code n}.
   *
   * @throws IllegalArgumentException when n is not positive or successes lie outside 0..n
   */
  public static Interval of(long successes, long n) {
    if (n <= 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("a proportion needs 0 <= successes <= n and n > 0");
    }
    double p = (double) successes / n;
    double z2 = Z * Z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
    return new Interval(p, Math.max(0, centre - half), Math.min(1, centre + half));
  }
}

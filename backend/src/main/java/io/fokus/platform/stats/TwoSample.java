package io.fokus.platform.stats;

/**
 * Two-sample tests at 95% (DESIGN.md §7): whether two groups' scores differ, by a test rather than by overlapping
 * intervals. NPS: the difference of the adjusted-Wald estimates with SE = sqrt(SE₁² + SE₂²); proportions (CSAT, kept
 * rate, SLA met rate): the two-proportion z-test (pooled standard error for the test, unpooled for the interval).
 */
public final class TwoSample {

  /**
   * The difference a − b (in points: NPS −200..200, proportions −100..100) with its 95% interval, the test statistic,
   * its two-sided p-value, and whether it is significant at 95%.
   */
  public record Difference(double estimate, double low, double high, double z, double p, boolean significant,
      String method) {
  }

  public static final String NPS_METHOD = "difference of adjusted-Wald NPS, SE = sqrt(SE1^2 + SE2^2), z-test at 95%";
  public static final String PROPORTION_METHOD = "two-proportion z-test (pooled), 95% interval (unpooled)";

  private TwoSample() {
  }

  /**
   * NPS of group a minus NPS of group b, from each group's promoters, detractors and answers.
   *
   * @throws IllegalArgumentException when a group has no answers or its counts do not fit
   */
  public static Difference nps(long promotersA, long detractorsA, long nA, long promotersB, long detractorsB,
      long nB) {
    double[] a = adjustedWald(promotersA, detractorsA, nA);
    double[] b = adjustedWald(promotersB, detractorsB, nB);
    double estimate = a[0] - b[0];
    double se = Math.sqrt(a[1] * a[1] + b[1] * b[1]);
    double z = se == 0 ? 0 : estimate / se;
    return new Difference(100 * estimate, 100 * (estimate - Wilson.Z * se), 100 * (estimate + Wilson.Z * se), z,
        twoSidedP(z), Math.abs(z) > Wilson.Z, NPS_METHOD);
  }

  /**
   * The proportion of successes in group a minus that in group b.
   *
   * @throws IllegalArgumentException when a group has no trials or its counts do not fit
   */
  public static Difference proportions(long successesA, long nA, long successesB, long nB) {
    check(successesA, nA);
    check(successesB, nB);
    double pa = (double) successesA / nA;
    double pb = (double) successesB / nB;
    double pooled = (double) (successesA + successesB) / (nA + nB);
    double sePooled = Math.sqrt(pooled * (1 - pooled) * (1.0 / nA + 1.0 / nB));
    double seUnpooled = Math.sqrt(pa * (1 - pa) / nA + pb * (1 - pb) / nB);
    double estimate = pa - pb;
    double z = sePooled == 0 ? 0 : estimate / sePooled;
    return new Difference(100 * estimate, 100 * Math.max(-1, estimate - Wilson.Z * seUnpooled),
        100 * Math.min(1, estimate + Wilson.Z * seUnpooled), z, twoSidedP(z), Math.abs(z) > Wilson.Z,
        PROPORTION_METHOD);
  }

  /** The adjusted-Wald estimate (p' − d') and its standard error, as fractions (DESIGN.md §7). */
  static double[] adjustedWald(long promoters, long detractors, long n) {
    if (n <= 0 || promoters < 0 || detractors < 0 || promoters + detractors > n) {
      throw new IllegalArgumentException("an NPS needs n > 0 and promoters + detractors <= n");
    }
    double adjusted = n + 3;
    double p = (promoters + 0.75) / adjusted;
    double d = (detractors + 0.75) / adjusted;
    return new double[] {p - d, Math.sqrt((p + d - (p - d) * (p - d)) / adjusted)};
  }

  private static void check(long successes, long n) {
    if (n <= 0 || successes < 0 || successes > n) {
      throw new IllegalArgumentException("a proportion needs 0 <= successes <= n and n > 0");
    }
  }

  /** The two-sided p-value of a standard normal statistic. */
  static double twoSidedP(double z) {
    return Math.min(1, erfc(Math.abs(z) / Math.sqrt(2)));
  }

  /** The complementary error function, to about 1.2e-7 (Numerical Recipes' Chebyshev fit). */
  static double erfc(double x) {
    double t = 1 / (1 + 0.5 * Math.abs(x));
    double y = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? y : 2 - y;
  }
}

package io.fokus.platform.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A sample of numbers summed up: its size, mean and (unbiased) variance, with the 95% t interval of the mean. Groups
 * with fewer than two values have no interval.
 */
public record Sample(long n, double mean, double variance) {

  public Sample {
    if (n < 0 || variance < 0) {
      throw new IllegalArgumentException("a sample needs n >= 0 and a variance >= 0");
    }
  }

  /** The sample of these values. */
  public static Sample of(double... values) {
    long n = values.length;
    if (n == 0) {
      return new Sample(0, 0, 0);
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return new Sample(n, mean, n < 2 ? 0 : squares / (n - 1));
  }

  /** The half-width of the 95% t interval of the mean; NaN under two values. */
  public double halfWidth() {
    if (n < 2) {
      return Double.NaN;
    }
    return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * Math.sqrt(variance / n);
  }

  public double low() {
    return mean - halfWidth();
  }

  public double high() {
    return mean + halfWidth();
  }
}

package io.fokus.surveys;

/**
 * A score with its sample size and 95% confidence interval, and the method that computed it. A group with fewer
 * answers than the suppression threshold is {@code suppressed}: value and interval are then null.
 *
 * @param method how the value and interval were computed, e.g. {@code NPS (adjusted Wald)}
 * @param value the score (NPS −100..100, CSAT and percentages 0..100, CES mean 1..7)
 * @param n the number of answers counted (blanks excluded); null when a suppressed group of staff answers withholds
 *     even its size
 */
public record Score(String method, Double value, Double low, Double high, Long n, boolean suppressed) {

  /** True when both scores have intervals and they do not overlap: the change is significant at about 95%. */
  public boolean differsSignificantlyFrom(Score other) {
    if (suppressed || other.suppressed || low == null || other.low == null) {
      return false;
    }
    return high < other.low || other.high < low;
  }
}

package io.fokus.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fokus.surveys.Score;
import org.junit.jupiter.api.Test;

/** Scores against hand-computed cases (DESIGN.md §7), including the edges. */
class ScoringTest {

  @Test
  void npsOfTenAnswersWithItsAdjustedWaldInterval() {
    // 5 promoters (two 10s, three 9s), 3 passives (7, 8, 8), 2 detractors (3, 6): NPS = 50% - 20% = 30
    long[] counts = new long[11];
    counts[10] = 2;
    counts[9] = 3;
    counts[8] = 2;
    counts[7] = 1;
    counts[6] = 1;
    counts[3] = 1;

    Score nps = Scoring.nps(counts);

    assertThat(nps.value()).isCloseTo(30.0, within(1e-9));
    assertThat(nps.n()).isEqualTo(10);
    // n' = 13, p' = 5.75/13 = 0.442308, d' = 2.75/13 = 0.211538, p'-d' = 0.230769
    // SE = sqrt((0.653846 - 0.053254) / 13) = sqrt(0.046199) = 0.214940; 1.96 * SE = 0.421276
    assertThat(nps.low()).isCloseTo(100 * (0.230769 - 0.421276), within(0.01));
    assertThat(nps.high()).isCloseTo(100 * (0.230769 + 0.421276), within(0.01));
    assertThat(nps.method()).contains("adjusted-Wald");
  }

  @Test
  void npsOfOnlyPassivesIsZeroAndOfOnlyPromotersIsHundredWithinBounds() {
    long[] passives = new long[11];
    passives[7] = 4;
    passives[8] = 4;
    Score zero = Scoring.nps(passives);
    assertThat(zero.value()).isZero();
    assertThat(zero.low()).isLessThan(0);
    assertThat(zero.high()).isGreaterThan(0);

    long[] promoters = new long[11];
    promoters[10] = 50;
    Score hundred = Scoring.nps(promoters);
    assertThat(hundred.value()).isEqualTo(100.0);
    assertThat(hundred.high()).isLessThanOrEqualTo(100.0);
    assertThat(hundred.low()).isGreaterThan(80.0);
  }

  @Test
  void groupsBelowFiveAnswersAreSuppressed() {
    long[] four = new long[11];
    four[10] = 4;
    assertThat(Scoring.nps(four).suppressed()).isTrue();
    assertThat(Scoring.nps(four).value()).isNull();
    assertThat(Scoring.nps(new long[11]).n()).isZero();
    assertThat(Scoring.nps(new long[11]).suppressed()).isTrue();

    long[] one = new long[5];
    one[4] = 1;
    assertThat(Scoring.csat(one).suppressed()).isTrue();
    assertThat(Scoring.cesMean(new long[] {1, 0, 0, 0, 0, 0, 0}).suppressed()).isTrue();

    long[] five = new long[11];
    five[10] = 5;
    assertThat(Scoring.nps(five).suppressed()).isFalse();
  }

  @Test
  void csatIsTheShareOfFoursAndFivesWithAWilsonInterval() {
    // 8 of 10 satisfied: p = 0.8; Wilson 95%: centre = (0.8 + 0.19208)/1.38415 = 0.716741,
    // half = 1.96 * sqrt(0.016 + 0.0096040)/1.38415 = 0.226602 -> [0.4901, 0.9433]
    Score csat = Scoring.csat(new long[] {1, 0, 1, 3, 5});
    assertThat(csat.value()).isCloseTo(80.0, within(1e-9));
    assertThat(csat.low()).isCloseTo(49.01, within(0.05));
    assertThat(csat.high()).isCloseTo(94.33, within(0.05));
  }

  @Test
  void cesMeanAndAgreeShare() {
    // answers 7,7,6,5,4,2 -> mean 31/6 = 5.1667; agree (5-7) = 4 of 6
    long[] counts = {0, 1, 0, 1, 1, 1, 2};
    Score mean = Scoring.cesMean(counts);
    assertThat(mean.value()).isCloseTo(31.0 / 6, within(1e-9));
    // s = sqrt(sum((x-mean)^2)/5) = sqrt(18.8333/5) = 1.940790; half = 1.96 * 1.940790 / sqrt(6) = 1.552970
    assertThat(mean.high() - mean.value()).isCloseTo(1.5530, within(0.001));
    assertThat(Scoring.cesAgree(counts).value()).isCloseTo(400.0 / 6, within(1e-9));
  }

  @Test
  void significanceNeedsSeparatedIntervals() {
    Score low = Scoring.proportion("p", 20, 100);
    Score high = Scoring.proportion("p", 80, 100);
    Score close = Scoring.proportion("p", 24, 100);
    assertThat(low.differsSignificantlyFrom(high)).isTrue();
    assertThat(low.differsSignificantlyFrom(close)).isFalse();
    assertThat(low.differsSignificantlyFrom(Scoring.proportion("p", 1, 2))).isFalse();
  }
}

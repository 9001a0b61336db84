package io.fokus.promises.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The kept-rate arithmetic against hand-computed cases: kept / (kept + broken), Wilson 95%, suppression under 5. */
class KeptRateTest {

  /** kept, broken, cancelled, renegotiated, fulfilled late (the rest of a group's counts do not matter here). */
  static long[] counts(long kept, long broken, long cancelled, long renegotiated, long late) {
    long[] c = new long[16];
    c[0] = kept;
    c[1] = broken;
    c[2] = cancelled;
    c[3] = renegotiated;
    c[4] = late;
    return c;
  }

  @Test
  void eightKeptOfTenDecided() {
    // p = 0.8, z² = 3.8415: centre (0.8 + 0.19207) / 1.38415 = 0.71674,
    // half 1.96·sqrt(0.016 + 0.0096037) / 1.38415 = 0.22658 → 49.02 .. 94.33
    PromiseStats.KeptRateRow row = PromiseStats.row("k", "Team", counts(8, 2, 1, 3, 1), 26.5);
    assertThat(row.decided()).isEqualTo(10);
    assertThat(row.cancelled()).as("cancelled promises are not counted").isEqualTo(1);
    assertThat(row.rate()).isCloseTo(80.0, within(1e-9));
    assertThat(row.low()).isCloseTo(49.02, within(0.01));
    assertThat(row.high()).isCloseTo(94.33, within(0.01));
    assertThat(row.suppressed()).isFalse();
    assertThat(row.renegotiationRate()).isCloseTo(30.0, within(1e-9));
    assertThat(row.fulfilledLate()).isEqualTo(1);
    assertThat(row.medianLatenessHours()).isEqualTo(26.5);
  }

  @Test
  void allKeptStillHasAnIntervalBelowOneHundred() {
    // 5 of 5: centre (1 + 0.38415) / 1.76830 = 0.78276, half 1.96·sqrt(0 + 0.038415) / 1.76830 = 0.21724 → 56.55 .. 100
    PromiseStats.KeptRateRow row = PromiseStats.row("k", "All", counts(5, 0, 0, 0, 0), null);
    assertThat(row.rate()).isCloseTo(100.0, within(1e-9));
    assertThat(row.low()).isCloseTo(56.55, within(0.01));
    assertThat(row.high()).isCloseTo(100.0, within(1e-9));
  }

  @Test
  void fewerThanFiveDecidedAreSuppressed() {
    PromiseStats.KeptRateRow row = PromiseStats.row("k", "Small", counts(3, 1, 4, 1, 0), null);
    assertThat(row.decided()).isEqualTo(4);
    assertThat(row.suppressed()).isTrue();
    assertThat(row.rate()).isNull();
    assertThat(row.low()).isNull();
    assertThat(row.renegotiationRate()).isNull();
  }
}

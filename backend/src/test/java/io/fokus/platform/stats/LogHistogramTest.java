package io.fokus.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LogHistogramTest {

  @Test
  void bucketsAreWholeMinutesBelow32ThenEightPerDoubling() {
    assertThat(LogHistogram.lower(0)).isZero();
    assertThat(LogHistogram.lower(31)).isEqualTo(31);
    assertThat(LogHistogram.upper(31)).isEqualTo(32);
    assertThat(LogHistogram.lower(32)).isEqualTo(32);
    assertThat(LogHistogram.upper(32)).isEqualTo(36);
    assertThat(LogHistogram.lower(40)).isEqualTo(64);
    assertThat(LogHistogram.lower(47)).isEqualTo(120);
    assertThat(LogHistogram.lower(127)).isEqualTo(122_880);
    assertThat(LogHistogram.upper(127)).isEqualTo(Long.MAX_VALUE);
    for (int b = 32; b < LogHistogram.BUCKETS - 1; b++) {
      long width = LogHistogram.upper(b) - LogHistogram.lower(b);
      assertThat((double) width / LogHistogram.lower(b)).as("relative width of bucket %d", b).isLessThanOrEqualTo(0.125);
      assertThat(LogHistogram.upper(b)).isEqualTo(LogHistogram.lower(b + 1));
    }
  }

  @Test
  void theMedianIsExactInWholeMinutesAndSpreadsWiderBucketsEvenly() {
    LogHistogram h = new LogHistogram();
    assertThat(h.median()).isNull();
    h.add(10, 1);
    assertThat(h.median()).isEqualTo(10.0);
    h.add(20, 1);
    assertThat(h.median()).isEqualTo(15.0);
    h.add(30, 1);
    assertThat(h.median()).isEqualTo(20.0);

    LogHistogram wide = new LogHistogram();
    wide.add(47, 4); // 120–128 minutes: the clocks sit at 121, 123, 125, 127
    assertThat(wide.median()).isEqualTo(124.0);
    wide.add(new Integer[] {0, 0, 3}); // three of 2 minutes
    assertThat(wide.median()).isEqualTo(121.0);

    LogHistogram open = new LogHistogram();
    open.add(127, 1);
    assertThat(open.median()).isEqualTo(122_880.0);
  }
}

package io.fokus.complaints.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlaHistogramTest {

  @Test
  void bucketsAreWholeMinutesBelow32ThenEightPerDoubling() {
    assertThat(SlaHistogram.lower(0)).isZero();
    assertThat(SlaHistogram.lower(31)).isEqualTo(31);
    assertThat(SlaHistogram.upper(31)).isEqualTo(32);
    assertThat(SlaHistogram.lower(32)).isEqualTo(32);
    assertThat(SlaHistogram.upper(32)).isEqualTo(36);
    assertThat(SlaHistogram.lower(40)).isEqualTo(64);
    assertThat(SlaHistogram.lower(47)).isEqualTo(120);
    assertThat(SlaHistogram.lower(127)).isEqualTo(122_880);
    assertThat(SlaHistogram.upper(127)).isEqualTo(Long.MAX_VALUE);
    for (int b = 32; b < SlaHistogram.BUCKETS - 1; b++) {
      long width = SlaHistogram.upper(b) - SlaHistogram.lower(b);
      assertThat((double) width / SlaHistogram.lower(b)).as("relative width of bucket %d", b).isLessThanOrEqualTo(0.125);
      assertThat(SlaHistogram.upper(b)).isEqualTo(SlaHistogram.lower(b + 1));
    }
  }

  @Test
  void theMedianIsExactInWholeMinutesAndSpreadsWiderBucketsEvenly() {
    SlaHistogram h = new SlaHistogram();
    assertThat(h.median()).isNull();
    h.add(10, 1);
    assertThat(h.median()).isEqualTo(10.0);
    h.add(20, 1);
    assertThat(h.median()).isEqualTo(15.0);
    h.add(30, 1);
    assertThat(h.median()).isEqualTo(20.0);

    SlaHistogram wide = new SlaHistogram();
    wide.add(47, 4); // 120–128 minutes: the clocks sit at 121, 123, 125, 127
    assertThat(wide.median()).isEqualTo(124.0);
    wide.add(new Integer[] {0, 0, 3}); // three of 2 minutes
    assertThat(wide.median()).isEqualTo(121.0);

    SlaHistogram open = new SlaHistogram();
    open.add(127, 1);
    assertThat(open.median()).isEqualTo(122_880.0);
  }
}

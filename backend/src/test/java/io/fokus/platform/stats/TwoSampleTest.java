package io.fokus.platform.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The two-sample tests of DESIGN.md §7 against hand-computed cases. */
class TwoSampleTest {

  @Test
  void twoProportionsDifferSignificantlyByTheZTest() {
    // 40/50 vs 30/50: pooled 0.7, SE = sqrt(0.7·0.3·(1/50 + 1/50)) = 0.091652, z = 0.2 / 0.091652 = 2.1822
    TwoSample.Difference d = TwoSample.proportions(40, 50, 30, 50);
    assertThat(d.estimate()).isCloseTo(20.0, within(1e-9));
    assertThat(d.z()).isCloseTo(2.1822, within(1e-4));
    assertThat(d.p()).isCloseTo(0.0291, within(1e-3));
    assertThat(d.significant()).isTrue();
    // interval with the unpooled SE sqrt(0.8·0.2/50 + 0.6·0.4/50) = 0.089443: 0.2 ± 1.96·0.089443
    assertThat(d.low()).isCloseTo(2.469, within(1e-2));
    assertThat(d.high()).isCloseTo(37.531, within(1e-2));
  }

  @Test
  void aSmallDifferenceIsNotSignificant() {
    // 26/50 vs 24/50: pooled 0.5, SE = 0.1, z = 0.4, p = 0.689
    TwoSample.Difference d = TwoSample.proportions(26, 50, 24, 50);
    assertThat(d.z()).isCloseTo(0.4, within(1e-9));
    assertThat(d.p()).isCloseTo(0.6892, within(1e-3));
    assertThat(d.significant()).isFalse();
  }

  @Test
  void npsDifferenceOfAdjustedWaldEstimates() {
    // A: 30 promoters, 10 detractors of 50: p' = 30.75/53, d' = 10.75/53, NPS' = 0.377358, SE = 0.109942
    // B: 20 and 20 of 50: NPS' = 0, SE = sqrt(0.783019/53) = 0.121548; SE of the difference 0.163894, z = 2.3025
    TwoSample.Difference d = TwoSample.nps(30, 10, 50, 20, 20, 50);
    assertThat(d.estimate()).isCloseTo(37.7358, within(1e-3));
    assertThat(d.z()).isCloseTo(2.3025, within(1e-3));
    assertThat(d.p()).isCloseTo(0.0213, within(1e-3));
    assertThat(d.significant()).isTrue();
    assertThat(d.low()).isCloseTo(5.613, within(1e-2));
    assertThat(d.high()).isCloseTo(69.859, within(1e-2));
    assertThat(TwoSample.nps(20, 20, 50, 30, 10, 50).estimate()).isCloseTo(-37.7358, within(1e-3));
  }

  @Test
  void thePValueAtTheCriticalValueIsFivePercent() {
    assertThat(TwoSample.twoSidedP(Wilson.Z)).isCloseTo(0.05, within(1e-6));
    assertThat(TwoSample.twoSidedP(0)).isCloseTo(1.0, within(1e-6));
    assertThat(TwoSample.twoSidedP(-Wilson.Z)).isCloseTo(0.05, within(1e-6));
  }

  @Test
  void emptyGroupsHaveNoTest() {
    assertThatThrownBy(() -> TwoSample.proportions(0, 0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TwoSample.nps(3, 3, 5, 6, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TwoSample.proportions(6, 5, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}

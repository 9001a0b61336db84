package io.fokus.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperatorPropertiesTest {

  @Test
  void metricsStayClosedWithoutAPassword() {
    assertThat(new OperatorProperties(null, null).enabled()).isFalse();
    assertThat(new OperatorProperties("", "  ").enabled()).isFalse();
    assertThat(new OperatorProperties(null, null).username()).isEqualTo("operator");
  }

  @Test
  void refusesAShortPassword() {
    assertThatThrownBy(() -> new OperatorProperties(null, "short-password"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FOKUS_OPERATOR_PASSWORD");
    assertThat(new OperatorProperties(null, "sixteen-chars-ok").enabled()).isTrue();
  }
}

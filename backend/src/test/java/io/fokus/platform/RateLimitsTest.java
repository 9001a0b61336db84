package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.web.ApiException;
import io.fokus.platform.web.RateLimits;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

  private final RateLimits limits = new RateLimits();
  private final RateLimits.Limit twoPerHour = new RateLimits.Limit("test", 2, Duration.ofHours(1));

  @Test
  void refusesAClientOverItsLimitWithARetryAfter() {
    limits.check(twoPerHour, "10.0.0.1");
    limits.check(twoPerHour, "10.0.0.1");

    assertThatThrownBy(() -> limits.check(twoPerHour, "10.0.0.1"))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status().value()).isEqualTo(429);
          assertThat(e.retryAfterSeconds()).isBetween(1L, 3600L);
        });
  }

  @Test
  void countsClientsAndLimitsSeparately() {
    limits.check(twoPerHour, "10.0.0.1");
    limits.check(twoPerHour, "10.0.0.1");
    limits.check(twoPerHour, "10.0.0.2");
    limits.check(new RateLimits.Limit("other", 2, Duration.ofHours(1)), "10.0.0.1");
  }
}

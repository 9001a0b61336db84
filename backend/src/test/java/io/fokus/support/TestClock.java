package io.fokus.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock a test sets and moves instead of sleeping; until set it tells the system time. Import {@link Setup} into a
 * test (or add it to a second app instance) to make it the application's clock; every context gets the one
 * {@link #SHARED} instance, so two app instances of a test agree on the time.
 */
public final class TestClock extends Clock {

  public static final TestClock SHARED = new TestClock();

  private final AtomicReference<Instant> now = new AtomicReference<>();

  private TestClock() {
  }

  /** Makes the clock the application's one. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Setup {

    @Bean
    @Primary
    TestClock testClock() {
      return SHARED;
    }
  }

  public void set(Instant instant) {
    now.set(instant);
  }

  public void set(String isoInstant) {
    set(Instant.parse(isoInstant));
  }

  public void advance(Duration by) {
    now.updateAndGet(n -> (n == null ? Instant.now() : n).plus(by));
  }

  /** Back to the system time. */
  public void reset() {
    now.set(null);
  }

  @Override
  public Instant instant() {
    Instant set = now.get();
    return set == null ? Instant.now() : set;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }
}

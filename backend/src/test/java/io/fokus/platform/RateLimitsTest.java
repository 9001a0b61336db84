package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.web.ApiException;
import io.fokus.platform.web.RateLimits;
import io.fokus.support.WebTestSupport;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Token buckets in PostgreSQL, driven by a clock of the test's own so that waits are exact. */
class RateLimitsTest extends WebTestSupport {

  @Autowired
  DataSource dataSource;

  private final ManualClock clock = new ManualClock();
  private final RateLimits.Limit twoPerHour = new RateLimits.Limit("test", 2, Duration.ofHours(1));
  private RateLimits limits;
  private String client;

  @BeforeEach
  void limits() {
    limits = new RateLimits(dataSource, clock);
    client = "10.0.0." + UUID.randomUUID(); // fresh buckets in the shared database
  }

  @Test
  void refusesAClientOverItsLimitWithARetryAfter() {
    limits.check(twoPerHour, client);
    limits.check(twoPerHour, client);

    assertThatThrownBy(() -> limits.check(twoPerHour, client))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status().value()).isEqualTo(429);
          assertThat(e.retryAfterSeconds()).isEqualTo(1800L); // one of two tokens per hour
        });
  }

  @Test
  void countsClientsAndLimitsSeparately() {
    limits.check(twoPerHour, client);
    limits.check(twoPerHour, client);
    limits.check(twoPerHour, client + "-other");
    limits.check(new RateLimits.Limit("other", 2, Duration.ofHours(1)), client);
  }

  @Test
  void retryAfterIsTheMomentATokenIsReallyAvailableRoundedUp() {
    RateLimits.Limit twentyPerMinute = new RateLimits.Limit("submissions", 20, Duration.ofMinutes(1));
    for (int i = 0; i < 20; i++) {
      assertThat(limits.secondsToWait(twentyPerMinute, client)).isZero();
    }
    clock.advance(Duration.ofMillis(400)); // the next token frees 3 s after the bucket was full: in 2.6 s

    long retryAfter = limits.secondsToWait(twentyPerMinute, client);
    assertThat(retryAfter).isEqualTo(3);

    clock.advance(Duration.ofSeconds(retryAfter - 1));
    assertThat(limits.secondsToWait(twentyPerMinute, client)).as("a second early").isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(limits.secondsToWait(twentyPerMinute, client)).as("when told").isZero();
  }

  @Test
  void aChangedLimitStartsFreshBuckets() {
    limits.check(twoPerHour, client);
    limits.check(twoPerHour, client);

    limits.check(new RateLimits.Limit("test", 3, Duration.ofHours(1)), client);
  }

  @Test
  void fullyRefilledBucketsAreDeleted(@Autowired JdbcTemplate jdbc) {
    RateLimits systemClock = new RateLimits(dataSource);
    systemClock.check(new RateLimits.Limit("short", 1, Duration.ofMillis(1)), client);
    String key = "short:1/1ms|" + client;
    assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Long.class, key))
        .isOne();

    await(() -> {
      systemClock.removeFullBuckets();
      return jdbc.queryForObject("select count(*) from rate_limit_bucket where id = ?", Long.class, key) == 0;
    });
  }

  private static void await(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("in time").isLessThan(deadline);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Wall-clock time that moves only when told to. */
  static final class ManualClock implements TimeMeter {

    private long nanos = System.currentTimeMillis() * 1_000_000;

    void advance(Duration duration) {
      nanos += duration.toNanos();
    }

    @Override
    public long currentTimeNanos() {
      return nanos;
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}

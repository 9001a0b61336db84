package io.fokus.platform.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rate limits as token buckets kept in PostgreSQL ({@code public.rate_limit_bucket}, Bucket4j's PostgreSQL backend):
 * every app instance takes from the same bucket, so running two instances does not double a limit. A caller over
 * its limit gets 429 with a {@code Retry-After} after which a token really is available.
 *
 * <p>Public endpoints declare their limit with {@link RateLimited} (counted per client address, see
 * {@link ClientAddresses}); authenticated requests are limited per login by the security layer.
 */
@Component
public class RateLimits {

  private static final int MAX_KEY_LENGTH = 200;
  private static final int CLEANUP_BATCH = 1_000;

  /** A named limit: {@code capacity} requests, refilled evenly over {@code period}. */
  public record Limit(String name, long capacity, Duration period) {

    public Limit {
      if (capacity < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("a rate limit needs a positive capacity and period: " + name);
      }
    }

    /**
     * The bucket of {@code client} under this limit. The capacity and period are part of the key: a changed limit
     * starts fresh buckets instead of inheriting ones configured differently.
     */
    String bucketKey(String client) {
      String key = name + ':' + capacity + '/' + period.toMillis() + "ms|" + client;
      return key.length() <= MAX_KEY_LENGTH ? key : name + "|sha256:" + sha256(key);
    }

    BucketConfiguration configuration() {
      return BucketConfiguration.builder()
          .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
          .build();
    }
  }

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

  @Autowired
  public RateLimits(DataSource dataSource) {
    this(dataSource, null);
  }

  /** With the given clock instead of the system's (tests); every instance must use the same time. */
  public RateLimits(DataSource dataSource, TimeMeter clock) {
    var builder = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
        .primaryKeyMapper(PrimaryKeyMapper.STRING)
        .table("public.rate_limit_bucket")
        .idColumn("id")
        .stateColumn("state")
        .expiresAtColumn("expires_at")
        // a bucket that has refilled completely is as good as none: it may then be deleted
        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO));
    if (clock != null) {
      builder.clientClock(clock);
    }
    this.buckets = builder.build();
  }

  /** Takes one request of {@code client} from the limit, or throws a 429 problem with the exact wait. */
  public void check(Limit limit, String client) {
    long wait = secondsToWait(limit, client);
    if (wait > 0) {
      throw ApiException.tooManyRequests(wait);
    }
  }

  /**
   * Takes one request of {@code client} from the limit: 0 when it was granted, else the whole seconds (rounded up)
   * until the next token is available. Nothing is taken when refused.
   */
  public long secondsToWait(Limit limit, String client) {
    ConsumptionProbe probe = buckets.builder()
        .build(limit.bucketKey(client), limit::configuration)
        .tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      return 0;
    }
    long nanos = probe.getNanosToWaitForRefill();
    long second = Duration.ofSeconds(1).toNanos();
    return Math.max(1, (nanos + second - 1) / second);
  }

  /** Deletes buckets that have refilled completely; safe to run on every instance at once (SKIP LOCKED). */
  @Scheduled(initialDelayString = "${fokus.rate-limits.cleanup-interval:PT10M}",
      fixedDelayString = "${fokus.rate-limits.cleanup-interval:PT10M}")
  public void removeFullBuckets() {
    while (buckets.removeExpired(CLEANUP_BATCH) == CLEANUP_BATCH) {
      // more left: go on
    }
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

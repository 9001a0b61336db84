package io.fokus.platform.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Per-client rate limits of public endpoints (token buckets kept in this instance's memory). A client over its limit
 * gets 429 with {@code Retry-After}.
 */
@Component
public class RateLimits {

  private static final int MAX_TRACKED_CLIENTS = 100_000;

  /** A named limit: {@code capacity} requests, refilled over {@code period}. */
  public record Limit(String name, long capacity, Duration period) {
  }

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Takes one request of {@code client} from the limit, or throws a 429 problem. */
  public void check(Limit limit, String client) {
    if (buckets.size() > MAX_TRACKED_CLIENTS) {
      buckets.clear(); // bounded memory; a cleared bucket only grants a fresh allowance
    }
    Bucket bucket = buckets.computeIfAbsent(limit.name() + '|' + client, k -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period())
            .build())
        .build());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
      throw ApiException.tooManyRequests(seconds);
    }
  }
}

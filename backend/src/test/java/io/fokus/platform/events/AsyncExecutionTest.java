package io.fokus.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

class AsyncExecutionTest {

  @Test
  void runsAtMostItsPermitsAtOnceWithoutMakingThePublisherWait() throws Exception {
    AsyncExecution.Throttle throttle = new AsyncExecution.Throttle(3);
    SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("throttled-");
    executor.setVirtualThreads(true);
    executor.setTaskDecorator(throttle::decorate);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);

    long start = System.nanoTime();
    for (int i = 0; i < 50; i++) {
      executor.execute(() -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
        done.incrementAndGet();
      });
    }
    // the 50 calls were handed over while all permits are held: the publisher did not wait for them
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 3);
    Thread.sleep(200);
    assertThat(running.get()).isEqualTo(3);
    assertThat(throttle.queued()).isTrue();

    release.countDown();
    org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> done.get() == 50);
    assertThat(most.get()).isEqualTo(3);
    assertThat(throttle.queued()).isFalse();
  }
}

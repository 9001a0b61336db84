package io.fokus.platform.events;

import java.util.concurrent.Semaphore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.task.SimpleAsyncTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The executor of the asynchronous event listeners ({@code @ApplicationModuleListener}) and other {@code @Async} work:
 * Spring Boot's, a virtual thread per call, with at most {@code fokus.events.listener-concurrency} calls running at
 * once (default 8, of the 20 database connections). Further calls wait in their virtual threads, in order, without
 * holding a connection: a burst of events (the promise-breaking job after an outage marks thousands of promises in a
 * minute) neither exhausts the connection pool nor makes listener calls fail, and the thread that published the
 * events never waits. The events themselves are safe in the event publication registry meanwhile.
 *
 * <p>A call starts on a new thread, not one of a pool: Spring Modulith's test support ({@code Scenario}) sees events
 * that listeners publish through an inherited thread-local, which pooled threads would not inherit.
 */
@Configuration(proxyBeanMethods = false)
class AsyncExecution {

  @Bean
  Throttle listenerThrottle(@Value("${fokus.events.listener-concurrency:8}") int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("fokus.events.listener-concurrency must be at least 1, was " + concurrency);
    }
    return new Throttle(concurrency);
  }

  @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
  SimpleAsyncTaskExecutor applicationTaskExecutor(SimpleAsyncTaskExecutorBuilder builder, Throttle throttle) {
    return builder.taskDecorator(throttle::decorate).build();
  }

  /**
   * Runs at most {@code permits} tasks at once; the others wait, first come first served. Not a TaskDecorator bean,
   * which Spring Boot would apply to the task scheduler too.
   */
  static final class Throttle {

    private final Semaphore permits;

    Throttle(int permits) {
      this.permits = new Semaphore(permits, true);
    }

    Runnable decorate(Runnable task) {
      return () -> {
        try {
          permits.acquire();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return; // shutting down: the publication stays incomplete and is resubmitted
        }
        try {
          task.run();
        } finally {
          permits.release();
        }
      };
    }

    /** Whether calls are waiting for a permit. */
    boolean queued() {
      return permits.hasQueuedThreads();
    }
  }
}

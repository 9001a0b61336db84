package io.fokus.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The application runs on {@link TestClock#SHARED}, which the test sets and moves, and its committed events are
 * recorded in {@link RecordedEvents}. The SLA, promise and training jobs run only when a test calls them, so a test
 * knows who claimed what.
 * Tests with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({TestClock.Setup.class, RecordedEvents.class})
@TestPropertySource(properties = {ControlledClock.CHECK_INTERVAL, ControlledClock.CHECK_DELAY,
    ControlledClock.PROMISE_INTERVAL, ControlledClock.PROMISE_DELAY, ControlledClock.TRAINING_INTERVAL,
    ControlledClock.TRAINING_DELAY})
public @interface ControlledClock {

  String CHECK_INTERVAL = "fokus.complaints.sla-check-interval=PT1H";
  String CHECK_DELAY = "fokus.complaints.sla-check-initial-delay=PT1H";
  String PROMISE_INTERVAL = "fokus.promises.check-interval=PT1H";
  String PROMISE_DELAY = "fokus.promises.check-initial-delay=PT1H";
  String TRAINING_INTERVAL = "fokus.training.check-interval=PT1H";
  String TRAINING_DELAY = "fokus.training.check-initial-delay=PT1H";
}

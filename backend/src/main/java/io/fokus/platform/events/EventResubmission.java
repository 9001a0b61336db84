package io.fokus.platform.events;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Calls the listeners of event publications that are still incomplete a while after they were published again: a
 * listener call that failed (a database outage, a timeout) or was lost with its instance is retried while the
 * application runs, not only at its next start ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 * Listeners are idempotent, so a call that another instance still has in its queue may run twice without harm; to
 * keep this instance from doubling its own backlog, nothing is resubmitted while its listener calls wait for a
 * permit ({@link AsyncExecution.Throttle}).
 */
@Component
class EventResubmission {

  private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

  private final IncompleteEventPublications incomplete;
  private final AsyncExecution.Throttle throttle;
  private final Duration after;

  EventResubmission(IncompleteEventPublications incomplete, AsyncExecution.Throttle throttle,
      @Value("${fokus.events.resubmit-after:PT5M}") Duration after) {
    this.incomplete = incomplete;
    this.throttle = throttle;
    this.after = after;
  }

  @Scheduled(fixedDelayString = "${fokus.events.resubmit-interval:PT5M}",
      initialDelayString = "${fokus.events.resubmit-interval:PT5M}")
  void resubmit() {
    if (throttle.queued()) {
      log.debug("Listener calls are waiting; incomplete event publications are resubmitted later");
      return;
    }
    try {
      incomplete.resubmitIncompletePublicationsOlderThan(after);
    } catch (RuntimeException e) {
      log.warn("Resubmitting incomplete event publications failed; retrying at the next run", e);
    }
  }
}

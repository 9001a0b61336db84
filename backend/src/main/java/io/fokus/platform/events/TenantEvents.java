package io.fokus.platform.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way modules publish events: only {@link TenantEvent}s, recorded in the event publication registry together
 * with the publishing transaction.
 */
@Component
public class TenantEvents {

  private final ApplicationEventPublisher publisher;

  TenantEvents(ApplicationEventPublisher publisher) {
    this.publisher = publisher;
  }

  public void publish(TenantEvent event) {
    publisher.publishEvent(event);
  }
}

package io.fokus.support;

import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every tenant event whose publishing transaction committed, in every app instance of the test JVM that
 * imports it (one list for all), so a test can count what several instances published together.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedEvents {

  private static final Queue<TenantEvent> EVENTS = new ConcurrentLinkedQueue<>();

  @TransactionalEventListener(fallbackExecution = true)
  void on(TenantEvent event) {
    EVENTS.add(event);
  }

  /** The committed events of a type in a tenant, in the order they were committed. */
  public static <T extends TenantEvent> List<T> of(Class<T> type, TenantId tenant) {
    return EVENTS.stream().filter(type::isInstance).map(type::cast).filter(e -> e.tenantId().equals(tenant))
        .toList();
  }
}

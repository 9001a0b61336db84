package io.fokus.tenants;

import static fokus.db.tenants.Tables.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fokus.FokusApplication;
import io.fokus.platform.events.TenantEvent;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import io.fokus.support.TestIssuer;
import io.fokus.tenants.internal.TenantService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.Scenario;

/**
 * The listener pattern every module copies: an {@code @ApplicationModuleListener} of a {@link TenantEvent} works for
 * its event's tenant without asking, and a listener that fails leaves its publication incomplete in the registry,
 * to be delivered again when the application restarts.
 */
@ModuleTest
@Import({TenantEventListenersModuleTest.TenantNames.class, TenantEventListenersModuleTest.FailsFirstTime.class})
class TenantEventListenersModuleTest {

  /** What a listener saw; test events, never published by Fokus itself. */
  record NamesAsked(TenantId tenantId, UUID id) implements TenantEvent {
  }

  record FlakyWork(TenantId tenantId, UUID id) implements TenantEvent {
  }

  static final Map<UUID, List<String>> NAMES_SEEN = new ConcurrentHashMap<>();
  static final Map<UUID, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
  static final Map<UUID, List<String>> DONE = new ConcurrentHashMap<>();

  /** Reads the tenants table without setting a tenant: row-level security shows what the listener's scope allows. */
  @TestComponent
  static class TenantNames {

    private final DSLContext db;

    TenantNames(DSLContext db) {
      this.db = db;
    }

    @ApplicationModuleListener
    void on(NamesAsked event) {
      NAMES_SEEN.put(event.id(), db.select(TENANT.NAME).from(TENANT).fetch(TENANT.NAME));
    }
  }

  /** Fails at its first delivery of an event, as if a mail server were down, and succeeds at the next. */
  @TestComponent
  static class FailsFirstTime {

    private final DSLContext db;

    FailsFirstTime(DSLContext db) {
      this.db = db;
    }

    @ApplicationModuleListener
    void on(FlakyWork event) {
      if (ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
        throw new IllegalStateException("first delivery fails");
      }
      DONE.put(event.id(), db.select(TENANT.NAME).from(TENANT).fetch(TENANT.NAME));
    }
  }

  @Autowired
  TenantService tenants;

  @Autowired
  EventPublicationRegistry registry;

  @Test
  void aListenerWorksInsideItsEventsTenant(Scenario scenario) {
    TenantId first = signUp("First Listener AG");
    signUp("Second Listener AG");
    UUID id = UUID.randomUUID();

    scenario.publish(new NamesAsked(first, id))
        .andWaitForStateChange(() -> NAMES_SEEN.get(id))
        .andVerify(names -> assertThat(names).containsExactly("First Listener AG"));
  }

  @Test
  void aFailedListenerIsRetriedWhenTheApplicationRestarts(Scenario scenario) {
    TenantId tenant = signUp("Flaky Listener AG");
    UUID id = UUID.randomUUID();

    scenario.publish(new FlakyWork(tenant, id))
        .andWaitForStateChange(() -> ATTEMPTS.get(id))
        .andVerify(attempts -> assertThat(attempts.get()).isEqualTo(1));
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(incomplete(id))
        .singleElement().extracting(EventPublication::getStatus).isEqualTo(EventPublication.Status.FAILED));
    assertThat(DONE).doesNotContainKey(id);

    // a second instance on the same database stands in for the restarted application
    try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(FokusApplication.class,
        TenantNames.class, FailsFirstTime.class).properties(Map.of(
            "fokus.embedded-db.ephemeral", "true",
            "fokus.security.issuer-uri", TestIssuer.ISSUER,
            "fokus.security.audience", TestIssuer.AUDIENCE,
            "server.port", "0")).run()) {
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
          assertThat(DONE.get(id)).containsExactly("Flaky Listener AG"));
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(incomplete(id)).isEmpty());
      assertThat(ATTEMPTS.get(id).get()).isEqualTo(2);
    }
  }

  private List<? extends EventPublication> incomplete(UUID id) {
    return registry.findIncompletePublications().stream()
        .filter(p -> p.getEvent() instanceof FlakyWork work && work.id().equals(id)).toList();
  }

  private TenantId signUp(String name) {
    String slug = "l" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return new TenantId(tenants.signup(new TenantService.Signup(name, slug, "Admin", "admin@" + slug + ".test", "en",
        "Europe/Berlin", null)).id());
  }
}

package io.fokus.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.customers.CustomerErased;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publications of a transaction are written with one batch before it commits, in the registry's own
 * format, read back by the registry in the same transaction, and processed by their listeners after the commit; a
 * rolled-back transaction leaves none.
 */
class BatchedEventPublicationsTest extends WebTestSupport {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TenantEvents events;
  @Autowired
  EventPublicationRepository repository;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void aTransactionsPublicationsAreWrittenTogetherBeforeItCommitsAndThenProcessed() {
    TenantId tenant = new TenantId(UUID.randomUUID());
    List<CustomerId> customers = List.of(CustomerId.random(), CustomerId.random(), CustomerId.random());
    TransactionTemplate tx = new TransactionTemplate(transactionManager);

    tx.executeWithoutResult(s -> {
      customers.forEach(c -> events.publish(new CustomerErased(tenant, c)));
      assertThat(rows(tenant)).as("not written while the transaction goes on").isZero();
      assertThat(repository.findIncompletePublications())
          .filteredOn(p -> p.getEvent() instanceof CustomerErased e && e.tenantId().equals(tenant))
          .as("the registry reads them in the same transaction").isNotEmpty();
      assertThat(rows(tenant)).isPositive();
    });
    long written = rows(tenant);
    assertThat(written % customers.size()).isZero();

    Map<String, Object> row = jdbc.queryForMap("select event_type, status, completion_attempts,"
        + " last_resubmission_date = publication_date as same_date from event_publication"
        + " where serialized_event like ? limit 1", "%" + tenant.value() + "%");
    assertThat(row.get("event_type")).isEqualTo(CustomerErased.class.getName());
    assertThat(row.get("completion_attempts")).isEqualTo(1);
    assertThat(row.get("same_date")).isEqualTo(true);
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
        "select count(*) from event_publication where serialized_event like ? and status = 'COMPLETED'"
            + " and completion_date is not null", Long.class, "%" + tenant.value() + "%") == written);

    TenantId rolledBack = new TenantId(UUID.randomUUID());
    tx.executeWithoutResult(s -> {
      events.publish(new CustomerErased(rolledBack, CustomerId.random()));
      s.setRollbackOnly();
    });
    assertThat(rows(rolledBack)).isZero();
  }

  private long rows(TenantId tenant) {
    return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ?", Long.class,
        "%" + tenant.value() + "%");
  }
}

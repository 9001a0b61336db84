package io.fokus.complaints.internal;

import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.SlaBreached;
import io.fokus.complaints.SlaWarning;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.TenantDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces SLA warnings and breaches from the database, tenant by tenant: due clocks are claimed and marked with one
 * {@code UPDATE … FOR UPDATE SKIP LOCKED … RETURNING}, and the event of each is published in the same transaction
 * (the event publication registry stores it with the mark), so every clock is announced exactly once, also across
 * restarts and with several app instances running the job at the same time.
 */
@Component
class SlaMonitor {

  private static final Logger log = LoggerFactory.getLogger(SlaMonitor.class);
  static final int BATCH = 200;

  private final TenantDirectory tenants;
  private final Tenancy tenancy;
  private final SlaClocks clocks;
  private final SlaOutcomes outcomes;
  private final Complaints complaints;
  private final TenantEvents events;
  private final Clock clock;
  private final TransactionTemplate transactions;

  SlaMonitor(TenantDirectory tenants, Tenancy tenancy, SlaClocks clocks, SlaOutcomes outcomes, Complaints complaints,
      TenantEvents events, Clock clock, PlatformTransactionManager transactionManager) {
    this.tenants = tenants;
    this.tenancy = tenancy;
    this.clocks = clocks;
    this.outcomes = outcomes;
    this.complaints = complaints;
    this.events = events;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Scheduled(fixedDelayString = "${fokus.complaints.sla-check-interval:PT30S}",
      initialDelayString = "${fokus.complaints.sla-check-initial-delay:PT15S}")
  void check() {
    for (TenantId tenant : tenants.allTenants()) {
      try {
        check(tenant);
      } catch (RuntimeException e) {
        log.warn("SLA check of tenant {} failed; retrying at the next run", tenant, e);
      }
    }
  }

  /**
   * Computes the tenant's SLA report outcomes if a migration asked for it, then announces the tenant's due breaches,
   * then its due warnings; returns how many clocks were announced.
   */
  int check(TenantId tenant) {
    return tenancy.runAs(tenant, () -> announce(tenant));
  }

  private int announce(TenantId tenant) {
    transactions.executeWithoutResult(status -> outcomes.rebuildIfRequested(tenant));
    int announced = 0;
    int claimed;
    do {
      claimed = announceBatch(tenant, true);
      announced += claimed;
    } while (claimed == BATCH);
    do {
      claimed = announceBatch(tenant, false);
      announced += claimed;
    } while (claimed == BATCH);
    return announced;
  }

  private int announceBatch(TenantId tenant, boolean breaches) {
    Integer count = transactions.execute(status -> {
      Instant now = clock.instant();
      List<SlaClocks.Claimed> claimed = breaches ? clocks.claimBreaches(tenant, now, BATCH)
          : clocks.claimWarnings(tenant, now, BATCH);
      Set<ComplaintId> touched = new HashSet<>();
      for (SlaClocks.Claimed c : claimed) {
        Optional<Complaint> complaint = complaints.find(tenant, c.complaint());
        var assignee = complaint.map(Complaint::assignee).orElse(null);
        var unit = complaint.map(Complaint::unit).orElse(null);
        events.publish(breaches
            ? new SlaBreached(tenant, c.complaint(), c.kind(), assignee, unit, c.dueAt(), c.target())
            : new SlaWarning(tenant, c.complaint(), c.kind(), assignee, unit, c.dueAt(), c.target()));
        touched.add(c.complaint());
      }
      touched.forEach(id -> clocks.changed(tenant, id));
      return claimed.size();
    });
    return count == null ? 0 : count;
  }
}

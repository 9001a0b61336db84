package io.fokus.promises.internal;

import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.promises.PromiseBroken;
import io.fokus.promises.PromiseId;
import io.fokus.tenants.Notice;
import io.fokus.tenants.Notifications;
import io.fokus.tenants.TenantDirectory;
import io.fokus.tenants.TenantsApi;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Breaks open promises whose due time and grace period have passed, and reminds owners of promises coming due, from
 * the database, tenant by tenant (DESIGN.md §9). Due promises are claimed and marked BROKEN with one
 * {@code UPDATE … FOR UPDATE SKIP LOCKED … RETURNING} per batch, and the event of each is published in the same
 * transaction (the event publication registry stores it with the mark): every promise breaks exactly once, also
 * across restarts and with several app instances running the job together, and no transaction holds more than one
 * batch. Reminders are claimed the same way.
 */
@Component
class PromiseMonitor {

  private static final Logger log = LoggerFactory.getLogger(PromiseMonitor.class);

  private final TenantDirectory directory;
  private final TenantsApi tenants;
  private final Tenancy tenancy;
  private final Promises promises;
  private final PromiseRollup rollup;
  private final Reminders reminders;
  private final Notifications notifications;
  private final TenantEvents events;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final int batch;

  PromiseMonitor(TenantDirectory directory, TenantsApi tenants, Tenancy tenancy, Promises promises,
      PromiseRollup rollup, Reminders reminders, Notifications notifications, TenantEvents events, Clock clock,
      PlatformTransactionManager transactionManager, @Value("${fokus.promises.break-batch:1000}") int batch) {
    this.directory = directory;
    this.tenants = tenants;
    this.tenancy = tenancy;
    this.promises = promises;
    this.rollup = rollup;
    this.reminders = reminders;
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.batch = batch;
  }

  @Scheduled(fixedDelayString = "${fokus.promises.check-interval:PT1M}",
      initialDelayString = "${fokus.promises.check-initial-delay:PT20S}")
  void check() {
    for (TenantId tenant : directory.allTenants()) {
      try {
        check(tenant);
      } catch (RuntimeException e) {
        log.warn("Promise check of tenant {} failed; retrying at the next run", tenant, e);
      }
    }
  }

  /** What one check of a tenant did. */
  record Outcome(int broken, int reminded) {
  }

  /** Breaks the tenant's due promises, then sends its due reminders. */
  Outcome check(TenantId tenant) {
    return tenancy.runAs(tenant, () -> {
      ZoneId zone = transactions.execute(status -> tenants.defaultWorkingCalendar().zone());
      int broken = 0;
      int claimed;
      do {
        claimed = breakBatch(tenant, zone);
        broken += claimed;
      } while (claimed == batch);
      int reminded = 0;
      do {
        claimed = remindBatch(tenant, zone);
        reminded += claimed;
      } while (claimed == batch);
      return new Outcome(broken, reminded);
    });
  }

  private int breakBatch(TenantId tenant, ZoneId zone) {
    Integer count = transactions.execute(status -> {
      List<Promise> broken = promises.breakDue(tenant, clock.instant(), zone, batch);
      if (broken.isEmpty()) {
        return 0;
      }
      promises.recordBrokenAutomatically(tenant, broken);
      rollup.addAll(tenant, broken);
      reminders.cancelAll(tenant, broken.stream().map(Promise::id).toList());
      for (Promise p : broken) {
        events.publish(new PromiseBroken(tenant, p.id(), p.customerId(), p.owner(), p.unit(), p.source(), p.dueAt(),
            p.decidedAt(), true));
      }
      return broken.size();
    });
    return count == null ? 0 : count;
  }

  private int remindBatch(TenantId tenant, ZoneId zone) {
    Integer count = transactions.execute(status -> {
      Instant now = clock.instant();
      List<Reminders.Due> due = reminders.claim(tenant, now, batch);
      for (Reminders.Due r : due) {
        promises.find(tenant, r.promise()).filter(p -> p.status().isOpen()).ifPresent(p -> {
          notifications.notify(Set.of(p.owner()), reminder(p, r, zone));
          promises.record(tenant, p.id(), new Promises.HistoryEntry(now, PromiseAction.REMINDED, null, null, null,
              null));
        });
      }
      return due.size();
    });
    return count == null ? 0 : count;
  }

  /** The owner's reminder, in English and German, linking to the promise. */
  static Notice reminder(Promise p, Reminders.Due r, ZoneId zone) {
    String en = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
        .withZone(zone).format(p.dueAt());
    String de = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.GERMAN)
        .withZone(zone).format(p.dueAt());
    String text = p.text().length() > 200 ? p.text().substring(0, 199) + "…" : p.text();
    return new Notice("promises.reminder", "promise-reminder:" + p.id().value() + ":" + r.remindAt().toEpochMilli(),
        "Promise " + p.reference() + " is due " + en, "Zusage " + p.reference() + " ist fällig am " + de,
        text, text, "/promises/" + p.id().value());
  }

  /** The notice to the owner and their managers that a promise broke. */
  static Notice brokenNotice(PromiseId id, String reference, String text) {
    String shortText = text.length() > 200 ? text.substring(0, 199) + "…" : text;
    return new Notice("promises.broken", "promise-broken:" + id.value(), "Promise " + reference + " was broken",
        "Zusage " + reference + " wurde nicht eingehalten", shortText, shortText, "/promises/" + id.value());
  }
}

package io.fokus.training.internal;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.Notice;
import io.fokus.tenants.Notifications;
import io.fokus.tenants.TenantDirectory;
import io.fokus.training.CourseId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The training jobs, from the database, tenant by tenant (DESIGN.md §10): open assignments past their due time become
 * OVERDUE (the member and their managers are told), completions whose recertification window opened get the next
 * cycle's assignment, completions past their expiry become EXPIRED, and members are reminded before an assignment is
 * due and before a completion expires. Each step claims its rows in batches with {@code FOR UPDATE SKIP LOCKED} and
 * changes them in the same transaction: everything happens once, across restarts and instances.
 */
@Component
class TrainingMonitor {

  private static final Logger log = LoggerFactory.getLogger(TrainingMonitor.class);

  private final TenantDirectory directory;
  private final Tenancy tenancy;
  private final Assignments assignments;
  private final AssignmentService service;
  private final TrainingSettings settings;
  private final Notifications notifications;
  private final Courses courses;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final int batch;

  TrainingMonitor(TenantDirectory directory, Tenancy tenancy, Assignments assignments, AssignmentService service,
      TrainingSettings settings, Notifications notifications, Courses courses, Clock clock,
      PlatformTransactionManager transactionManager, @Value("${fokus.training.batch:500}") int batch) {
    this.directory = directory;
    this.tenancy = tenancy;
    this.assignments = assignments;
    this.service = service;
    this.settings = settings;
    this.notifications = notifications;
    this.courses = courses;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.batch = batch;
  }

  @Scheduled(fixedDelayString = "${fokus.training.check-interval:PT5M}",
      initialDelayString = "${fokus.training.check-initial-delay:PT30S}")
  void check() {
    for (TenantId tenant : directory.allTenants()) {
      try {
        check(tenant);
      } catch (RuntimeException e) {
        log.warn("Training check of tenant {} failed; retrying at the next run", tenant, e);
      }
    }
  }

  /** What one check of a tenant did. */
  record Outcome(int overdue, int recertifications, int expired, int reminded) {
  }

  Outcome check(TenantId tenant) {
    return tenancy.runAs(tenant, () -> {
      // the courses' titles for the notices, read once per course in this check
      Map<CourseId, String[]> titles = new HashMap<>();
      Function<Assignment, String[]> titleOf = a -> titles.computeIfAbsent(a.courseId(), c -> courses
          .published(tenant, c).map(v -> new String[] {v.title("en"), v.title("de")})
          .orElse(new String[] {"", ""}));
      int overdue = repeat(tenant, now -> {
        List<Assignment> marked = assignments.markOverdue(tenant, now, batch);
        for (Assignment a : marked) {
          Set<io.fokus.tenants.MemberId> told = new HashSet<>();
          told.add(a.memberId());
          if (a.unitId() != null) {
            told.addAll(notifications.managersOf(a.unitId()));
          }
          String[] title = titleOf.apply(a);
          notifications.notify(told, new Notice("training.overdue", "training-overdue:" + a.id().value(),
              "Training overdue: " + title[0], "Schulung überfällig: " + title[1],
              "It was due " + a.dueOn(), "Sie war fällig am " + a.dueOn(), "/training/my/" + a.id().value()));
        }
        return marked.size();
      });
      int recertifications = repeat(tenant, now -> {
        List<Assignment> opened = assignments.windowsOpened(tenant, now, batch);
        opened.forEach(a -> service.recertify(tenant, a));
        return opened.size();
      });
      int expired = repeat(tenant, now -> assignments.expire(tenant, now, batch).size());
      TrainingSettings.Settings s = transactions.execute(st -> settings.get(tenant));
      int reminded = repeat(tenant, now -> {
        List<Assignment> due = assignments.remindDue(tenant, now, s.remindDaysBeforeDue(), batch);
        for (Assignment a : due) {
          notifications.notify(Set.of(a.memberId()), new Notice("training.reminder",
              "training-due:" + a.id().value(), "Training due " + a.dueOn() + ": " + titleOf.apply(a)[0],
              "Schulung fällig am " + a.dueOn() + ": " + titleOf.apply(a)[1], "", "",
              "/training/my/" + a.id().value()));
        }
        return due.size();
      });
      reminded += repeat(tenant, now -> {
        List<Assignment> expiring = assignments.remindExpiry(tenant, now, s.remindDaysBeforeExpiry(), batch);
        for (Assignment a : expiring) {
          String day = a.expiresAt().toString().substring(0, 10);
          notifications.notify(Set.of(a.memberId()), new Notice("training.expiring",
              "training-expiring:" + a.id().value(), "Your training expires soon: " + titleOf.apply(a)[0],
              "Ihre Schulung läuft bald ab: " + titleOf.apply(a)[1], "Valid until " + day,
              "Gültig bis " + day, "/training/my/" + a.id().value()));
        }
        return expiring.size();
      });
      return new Outcome(overdue, recertifications, expired, reminded);
    });
  }

  /** Runs one step in transactions of one batch each until a batch comes back short. */
  private int repeat(TenantId tenant, Function<Instant, Integer> step) {
    int total = 0;
    int done;
    do {
      Integer n = transactions.execute(status -> step.apply(clock.instant()));
      done = n == null ? 0 : n;
      total += done;
    } while (done == batch);
    return total;
  }
}

package io.fokus.training.internal;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates every switched-on training rule of every tenant, each in its own transaction under the rule's lock: the
 * score rules (CSAT, NPS) are evaluated only here, and the counted rules are caught up here when they were switched
 * on with signals already in their window. A rule fires at most once per member or unit and cool-down, whichever
 * instance runs this.
 */
@Component
class RuleMonitor {

  private static final Logger log = LoggerFactory.getLogger(RuleMonitor.class);

  private final TenantDirectory directory;
  private final Tenancy tenancy;
  private final RuleService rules;
  private final TransactionTemplate transactions;

  RuleMonitor(TenantDirectory directory, Tenancy tenancy, RuleService rules,
      PlatformTransactionManager transactionManager) {
    this.directory = directory;
    this.tenancy = tenancy;
    this.rules = rules;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  @Scheduled(fixedDelayString = "${fokus.training.check-interval:PT5M}",
      initialDelayString = "${fokus.training.check-initial-delay:PT30S}")
  void check() {
    for (TenantId tenant : directory.allTenants()) {
      try {
        check(tenant);
      } catch (RuntimeException e) {
        log.warn("Training rules of tenant {} failed; retrying at the next run", tenant, e);
      }
    }
  }

  /** Evaluates the tenant's switched-on rules; returns how many times they fired. */
  int check(TenantId tenant) {
    return tenancy.runAs(tenant, () -> {
      int fired = 0;
      for (TrainingRule rule : rules.enabled(tenant)) {
        Integer n = transactions.execute(status -> rules.evaluate(tenant, rule, null));
        fired += n == null ? 0 : n;
      }
      return fired;
    });
  }
}

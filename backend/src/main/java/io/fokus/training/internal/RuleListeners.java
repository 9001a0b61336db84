package io.fokus.training.internal;

import io.fokus.complaints.SlaBreached;
import io.fokus.promises.PromiseBroken;
import io.fokus.training.internal.TrainingRule.Metric;
import java.time.Clock;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the training rules learn from the other modules: each broken promise (for its owner and unit) and each SLA
 * breach (for the complaint's assignee and unit) is recorded once as a signal, and the switched-on rules that count
 * it are evaluated for that member and unit. An event delivered again records nothing and fires nothing.
 */
@Component
class RuleListeners {

  private final RuleService rules;
  private final Clock clock;

  RuleListeners(RuleService rules, Clock clock) {
    this.rules = rules;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(PromiseBroken event) {
    rules.signal(event.tenantId(), Metric.BROKEN_PROMISES, event.promiseId().value().toString(),
        event.owner() == null ? null : event.owner().value(), event.unit() == null ? null : event.unit().value(),
        event.brokenAt() == null ? clock.instant() : event.brokenAt());
  }

  @ApplicationModuleListener
  void on(SlaBreached event) {
    rules.signal(event.tenantId(), Metric.SLA_BREACHES, event.complaintId().value() + ":" + event.clock().name(),
        event.assignee() == null ? null : event.assignee().value(),
        event.unit() == null ? null : event.unit().value(), event.dueAt() == null ? clock.instant() : event.dueAt());
  }
}

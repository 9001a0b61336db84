package io.fokus.promises.internal;

import java.util.List;

/**
 * The tenant's promise rules.
 *
 * @param graceWorkingDays how many working days after its due time an open promise breaks automatically
 * @param reminderWorkingDays how many working days before the due day the owner is reminded (0: on the day)
 */
public record PromiseRules(int graceWorkingDays, List<Integer> reminderWorkingDays) {

  static final PromiseRules DEFAULT = new PromiseRules(1, List.of(1, 0));

  public PromiseRules {
    reminderWorkingDays = List.copyOf(reminderWorkingDays);
  }
}

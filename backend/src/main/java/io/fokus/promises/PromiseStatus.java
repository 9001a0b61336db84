package io.fokus.promises;

/**
 * Where a promise stands: OPEN and RENEGOTIATED (a new due date the customer agreed to) are open and break
 * automatically after their due time and the grace period; KEPT and BROKEN are decided and count in the kept rate;
 * CANCELLED is decided and does not count.
 */
public enum PromiseStatus {
  OPEN, RENEGOTIATED, KEPT, BROKEN, CANCELLED;

  public boolean isOpen() {
    return this == OPEN || this == RENEGOTIATED;
  }
}

package io.fokus.customers;

/** Whether a customer may be contacted now, and if not, why. */
public enum ContactDecision {
  MAY_CONTACT,
  /** The customer unsubscribed from mails. */
  OPTED_OUT,
  /** The customer was contacted within the tenant's quiet period. */
  QUIET_PERIOD
}

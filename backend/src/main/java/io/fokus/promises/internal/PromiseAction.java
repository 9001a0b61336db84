package io.fokus.promises.internal;

/** What happened to a promise, as its history records it. */
public enum PromiseAction {
  MADE, RENEGOTIATED, KEPT, BROKEN, BROKEN_AUTOMATICALLY, CANCELLED, FULFILLED_LATE, REASSIGNED, CUSTOMER_NOTIFIED,
  REMINDED
}

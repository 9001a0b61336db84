package io.fokus.complaints;

/** A complaint a customer filed, or a recovery case opened for a detractor answer. */
public enum ComplaintKind {
  COMPLAINT, RECOVERY
}

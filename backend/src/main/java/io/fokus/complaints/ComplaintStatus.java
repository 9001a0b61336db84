package io.fokus.complaints;

/** Where a complaint stands (DESIGN.md §8); RESOLVED can reopen, CLOSED is final. */
public enum ComplaintStatus {
  NEW, OPEN, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED
}

package io.fokus.complaints;

/** The SLA clocks of a complaint: until the first public reply from staff, and until it is resolved. */
public enum SlaClockKind {
  FIRST_RESPONSE, RESOLUTION
}

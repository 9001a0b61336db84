package io.fokus.tenants;

/** A member's level in the organisation, used to compare perceptions across levels. */
public enum Level {
  EXECUTIVE, MANAGER, FRONTLINE
}

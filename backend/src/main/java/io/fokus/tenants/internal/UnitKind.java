package io.fokus.tenants.internal;

/** What a unit is: a department, or a team (inside a department or on its own). */
public enum UnitKind {
  DEPARTMENT, TEAM
}

package io.fokus.tenants;

/** What a member may do in a tenant; a member may hold several roles. */
public enum Role {
  ADMIN, EXECUTIVE, MANAGER, STAFF, HR
}

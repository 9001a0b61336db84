package io.fokus.platform.security;

/**
 * What a member may do in a tenant; a member may hold several roles. Kept by the tenants module, checked by security
 * (as authorities {@code ROLE_<name>}).
 */
public enum Role {
  ADMIN, EXECUTIVE, MANAGER, STAFF, HR
}

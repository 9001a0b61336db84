package io.fokus.tenants.internal;

/** Whether a member may work in the tenant; a deactivated member keeps its history but cannot sign in there. */
public enum MemberStatus {
  ACTIVE, DEACTIVATED
}

/**
 * Shared platform every module stands on: tenancy (the tenant of a transaction), security (JWT resource server and
 * membership-based roles), RFC 9457 problem details, persistence setup and tenant-scoped event publishing. The only
 * open module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.fokus.platform;

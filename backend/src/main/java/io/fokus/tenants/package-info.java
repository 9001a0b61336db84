/**
 * Tenants: companies that signed up, their units (departments and teams), their members with roles and levels, and
 * their settings. Publishes {@link io.fokus.tenants.TenantCreated} and {@link io.fokus.tenants.MemberJoined}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenants", allowedDependencies = "platform")
package io.fokus.tenants;

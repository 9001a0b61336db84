/**
 * Tenants: companies that signed up, their units (departments and teams), their members with roles and levels, and
 * their settings and business hours. Other modules call {@link io.fokus.tenants.TenantsApi} (or its narrower views
 * {@link io.fokus.tenants.TenantDirectory} and {@link io.fokus.tenants.MemberProfiles}) and listen to
 * {@link io.fokus.tenants.TenantCreated} and {@link io.fokus.tenants.MemberJoined}; everything else is internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenants", allowedDependencies = "platform")
package io.fokus.tenants;

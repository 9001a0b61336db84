/**
 * Customers: the tenant's customer directory. A customer is identified per tenant by normalised email (and an
 * optional external id from the tenant's CRM), with name, language, attributes and a contact policy (quiet period,
 * opt-out). Every module that deals with customers finds or creates them through
 * {@link io.fokus.customers.CustomerDirectory} and refers to them by {@link io.fokus.customers.CustomerId}.
 * Publishes {@link io.fokus.customers.CustomerIdentified} and {@link io.fokus.customers.CustomerErased}; a module
 * that keeps personal data of customers listens to the latter and removes it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers", allowedDependencies = {"platform", "tenants"})
package io.fokus.customers;

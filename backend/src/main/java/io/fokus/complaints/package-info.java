/**
 * Complaints: complaints and recovery cases with business-hours SLA clocks (first response, resolution), pauses
 * while waiting for the customer, warnings and breaches, and the follow-up survey after resolution (DESIGN.md §8).
 * Being built (issue 9): so far the clock arithmetic.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints",
    allowedDependencies = {"platform", "tenants", "customers", "surveys"})
package io.fokus.complaints;

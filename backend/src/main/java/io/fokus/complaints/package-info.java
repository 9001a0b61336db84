/**
 * Complaints: complaints and recovery cases with business-hours SLA clocks (first response, resolution), pauses
 * while waiting for the customer, warnings and breaches, and the follow-up survey after resolution (DESIGN.md §8).
 * Being built (issue 9): so far intake (public form, staff), the inbox, conversation, status, assignment, the
 * clock arithmetic and the closed loop (the follow-up survey through surveys' {@code SurveyRequests}, recovery cases
 * for detractor answers, root causes); SLA policies and running clocks and mail come later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints",
    allowedDependencies = {"platform", "tenants", "customers", "surveys"})
package io.fokus.complaints;

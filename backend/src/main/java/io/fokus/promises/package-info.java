/**
 * Promises: the ledger of commitments made to customers (DESIGN.md §9): what, to whom, by whom, due when, from which
 * source (a complaint, a recovery case, a survey answer, or manual), and what became of it (kept, broken,
 * renegotiated, cancelled), with the history, owners' reminders, the automatic breaking after a grace period in working
 * days, the kept rate and the customers' scores after kept and broken promises. Implements complaints'
 * {@link io.fokus.complaints.ResolutionGuard}; opens recovery cases through {@link io.fokus.complaints.ComplaintsApi}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Promises",
    allowedDependencies = {"platform", "tenants", "customers", "surveys", "complaints"})
package io.fokus.promises;

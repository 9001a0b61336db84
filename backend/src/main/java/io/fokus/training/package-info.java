/**
 * Training: the customer-orientation course catalogue with versions and quizzes, assignments to members, units, levels
 * and roles with due dates, completion by passing the quiz or acknowledging the course, recertification in a window
 * before a completion expires, reminders, and the compliance view (DESIGN.md §10).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training",
    allowedDependencies = {"platform", "tenants", "customers", "surveys", "complaints", "promises"})
package io.fokus.training;

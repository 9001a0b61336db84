/**
 * Surveys: customer and staff surveys (NPS, CSAT, CES and more) from design through distribution (public links and
 * personal invitations) to answering and scoring with confidence intervals. Publishes
 * {@link io.fokus.surveys.SurveyResponseSubmitted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys", allowedDependencies = {"platform", "tenants", "customers"})
package io.fokus.surveys;

/**
 * Surveys: customer and staff surveys (NPS, CSAT, CES and more) from design through distribution (public links and
 * personal invitations) to answering and scoring with confidence intervals. Other modules call
 * {@link io.fokus.surveys.SurveyScores} for the counts behind the scores (per period, touchpoint, unit, level and
 * customer attribute) and listen to {@link io.fokus.surveys.SurveyResponseSubmitted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Surveys", allowedDependencies = {"platform", "tenants", "customers"})
package io.fokus.surveys;

package io.fokus.surveys.internal;

/** Where a survey is in its life: designed, answered, no longer answered, hidden from lists (results stay). */
public enum SurveyStatus {
  DRAFT, PUBLISHED, CLOSED, ARCHIVED
}

package io.fokus.complaints;

/**
 * How a complaint came in: the public form, staff on the customer's behalf (phone, visit, email), the API, or a survey
 * answer (a recovery case opened for a detractor).
 */
public enum Channel {
  WEB, PHONE, VISIT, EMAIL, API, SURVEY
}

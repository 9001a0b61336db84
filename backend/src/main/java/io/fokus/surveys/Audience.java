package io.fokus.surveys;

/** Who answers a survey: the tenant's customers, or its own staff (whose answers are stored without them). */
public enum Audience {
  CUSTOMER, STAFF
}

package io.fokus.complaints;

/** How a complaint came in: the public form, staff on the customer's behalf (phone, visit, email), or the API. */
public enum Channel {
  WEB, PHONE, VISIT, EMAIL, API
}

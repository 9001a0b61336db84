package io.fokus.complaints;

/** A message of a complaint's conversation; the customer never sees internal notes. */
public enum MessageType {
  PUBLIC_REPLY, INTERNAL_NOTE, CUSTOMER_MESSAGE
}

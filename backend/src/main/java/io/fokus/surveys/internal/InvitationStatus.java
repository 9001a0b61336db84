package io.fokus.surveys.internal;

/** Where a personal invitation is: waiting for the customer's answer, or answered (its link is then used up). */
public enum InvitationStatus {
  PENDING, ANSWERED
}

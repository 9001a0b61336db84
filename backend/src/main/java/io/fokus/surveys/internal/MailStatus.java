package io.fokus.surveys.internal;

/** Where a survey mail is: waiting to be sent (or retried), sent, or given up after the last retry. */
enum MailStatus {
  PENDING, SENT, FAILED
}

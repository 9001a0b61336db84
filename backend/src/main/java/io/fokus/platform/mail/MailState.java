package io.fokus.platform.mail;

/** Where a queued mail is: waiting to be sent (also between retries), sent, or given up after the last retry. */
public enum MailState {
  PENDING, SENT, FAILED
}

package io.fokus.platform.mail;

import java.util.Objects;

/**
 * A plain-text mail to queue.
 *
 * @param kind what the mail is, for the send log, e.g. {@code complaints.confirmation}
 * @param key unique per tenant for this mail: queueing the same key again queues nothing (listeners run twice)
 */
public record Mail(String kind, String key, String recipient, String subject, String body) {

  public Mail {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    subject = subject.length() > 300 ? subject.substring(0, 299) + "…" : subject;
  }

  /** The first line of a mail to a person, by name when known, in German or English, with the blank line after it. */
  public static String greeting(String name, boolean german) {
    String n = name == null || name.isBlank() ? null : name.strip();
    return german ? (n == null ? "Guten Tag,\n\n" : "Guten Tag " + n + ",\n\n")
        : (n == null ? "Hello,\n\n" : "Hello " + n + ",\n\n");
  }
}

package io.fokus.platform.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How long an outbox waits before the next attempt to send a mail that failed, and when it gives up. */
public final class MailBackoff {

  /** Waits after 1, 2, ... failures; after the last one the mail is given up. */
  public static final List<Duration> WAITS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
      Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

  private MailBackoff() {
  }

  /** The wait after this many failed attempts, or empty when the mail is given up. */
  public static Optional<Duration> after(int failedAttempts) {
    return failedAttempts <= WAITS.size() ? Optional.of(WAITS.get(failedAttempts - 1)) : Optional.empty();
  }

  /** What the send log keeps of an error: its type and message, at most 1,000 characters. */
  public static String describe(Exception e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    return text.length() > 1000 ? text.substring(0, 1000) : text;
  }
}

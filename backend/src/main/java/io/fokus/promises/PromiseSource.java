package io.fokus.promises;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a promise was made: in a complaint or a recovery case (the complaint's id), in answer to a survey response's
 * comment (the response's id), or by hand (no id).
 */
public record PromiseSource(Kind kind, UUID id) {

  public enum Kind {
    COMPLAINT, RECOVERY_CASE, SURVEY_RESPONSE, MANUAL
  }

  public PromiseSource {
    Objects.requireNonNull(kind, "source kind must not be null");
    if ((kind == Kind.MANUAL) != (id == null)) {
      throw new IllegalArgumentException("a manual promise has no source id, every other source has one");
    }
  }

  public static PromiseSource manual() {
    return new PromiseSource(Kind.MANUAL, null);
  }
}

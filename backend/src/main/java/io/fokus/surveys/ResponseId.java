package io.fokus.surveys;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one answered survey (a response) within its tenant. Must not be null. */
public record ResponseId(UUID value) {

  public ResponseId {
    Objects.requireNonNull(value, "response id must not be null");
  }

  public static ResponseId random() {
    return new ResponseId(UUID.randomUUID());
  }

  @JsonCreator
  public static ResponseId of(String value) {
    return new ResponseId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

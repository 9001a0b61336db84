package io.fokus.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies one member's assignment of a course, for one cycle. Must not be null. */
public record AssignmentId(UUID value) {

  public AssignmentId {
    Objects.requireNonNull(value, "assignment id must not be null");
  }

  public static AssignmentId random() {
    return new AssignmentId(UUID.randomUUID());
  }

  @JsonCreator
  public static AssignmentId of(String value) {
    return new AssignmentId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

package io.fokus.training;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a course of the tenant's training catalogue. Must not be null. */
public record CourseId(UUID value) {

  public CourseId {
    Objects.requireNonNull(value, "course id must not be null");
  }

  public static CourseId random() {
    return new CourseId(UUID.randomUUID());
  }

  @JsonCreator
  public static CourseId of(String value) {
    return new CourseId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

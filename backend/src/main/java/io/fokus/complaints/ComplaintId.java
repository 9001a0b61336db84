package io.fokus.complaints;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a complaint (or recovery case) of the tenant. Must not be null. */
public record ComplaintId(UUID value) {

  public ComplaintId {
    Objects.requireNonNull(value, "complaint id must not be null");
  }

  public static ComplaintId random() {
    return new ComplaintId(UUID.randomUUID());
  }

  @JsonCreator
  public static ComplaintId of(String value) {
    return new ComplaintId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

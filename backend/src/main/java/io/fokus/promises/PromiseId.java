package io.fokus.promises;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a promise of the tenant. Must not be null. */
public record PromiseId(UUID value) {

  public PromiseId {
    Objects.requireNonNull(value, "promise id must not be null");
  }

  public static PromiseId random() {
    return new PromiseId(UUID.randomUUID());
  }

  @JsonCreator
  public static PromiseId of(String value) {
    return new PromiseId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

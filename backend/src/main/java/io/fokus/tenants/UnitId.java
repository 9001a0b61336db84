package io.fokus.tenants;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a unit within its tenant. Must not be null. */
public record UnitId(UUID value) {

  public UnitId {
    Objects.requireNonNull(value, "unit id must not be null");
  }

  /** The id of {@code value}, or null when {@code value} is null (an optional reference). */
  public static UnitId ofNullable(UUID value) {
    return value == null ? null : new UnitId(value);
  }

  @JsonCreator
  public static UnitId of(String value) {
    return new UnitId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

package io.fokus.tenants;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a member within its tenant. Must not be null. */
public record MemberId(UUID value) {

  public MemberId {
    Objects.requireNonNull(value, "member id must not be null");
  }

  /** The id of {@code value}, or null when {@code value} is null (an optional reference). */
  public static MemberId ofNullable(UUID value) {
    return value == null ? null : new MemberId(value);
  }

  @JsonCreator
  public static MemberId of(String value) {
    return new MemberId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

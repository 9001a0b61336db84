package io.fokus.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a customer in the tenant's customer directory. Must not be null. */
public record CustomerId(UUID value) {

  public CustomerId {
    Objects.requireNonNull(value, "customer id must not be null");
  }

  public static CustomerId random() {
    return new CustomerId(UUID.randomUUID());
  }

  @JsonCreator
  public static CustomerId of(String value) {
    return new CustomerId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

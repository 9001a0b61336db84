package io.fokus.platform.tenancy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant (a company). Must not be null. */
public record TenantId(UUID value) {

  public TenantId {
    Objects.requireNonNull(value, "tenant id must not be null");
  }

  public static TenantId random() {
    return new TenantId(UUID.randomUUID());
  }

  @JsonCreator
  public static TenantId of(String value) {
    return new TenantId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

package io.fokus.tenants;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a business-hours calendar within its tenant. The calendar from the tenant's settings (its business
 * hours) has the tenant's own id. Must not be null.
 */
public record CalendarId(UUID value) {

  public CalendarId {
    Objects.requireNonNull(value, "calendar id must not be null");
  }

  @JsonCreator
  public static CalendarId of(String value) {
    return new CalendarId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

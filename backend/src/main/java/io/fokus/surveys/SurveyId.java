package io.fokus.surveys;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** Identifies a survey within its tenant. Must not be null. */
public record SurveyId(UUID value) {

  public SurveyId {
    Objects.requireNonNull(value, "survey id must not be null");
  }

  public static SurveyId random() {
    return new SurveyId(UUID.randomUUID());
  }

  @JsonCreator
  public static SurveyId of(String value) {
    return new SurveyId(UUID.fromString(value));
  }

  @JsonValue
  @Override
  public String toString() {
    return value.toString();
  }
}

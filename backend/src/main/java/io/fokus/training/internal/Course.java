package io.fokus.training.internal;

import io.fokus.training.CourseId;
import java.time.Instant;

/**
 * A course of the catalogue: its status, the version members take ({@code publishedVersion}, null until first
 * published) and the version being edited ({@code draftVersion}, null when none).
 */
public record Course(CourseId id, Status status, Integer publishedVersion, Integer draftVersion, String starterKey,
    Instant createdAt, Instant updatedAt) {

  public enum Status {
    DRAFT, PUBLISHED, RETIRED
  }

  /** The version an editor works on: the draft, or the published one when there is no draft. */
  public int editedVersion() {
    return draftVersion != null ? draftVersion : publishedVersion;
  }
}

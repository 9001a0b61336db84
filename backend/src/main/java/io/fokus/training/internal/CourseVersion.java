package io.fokus.training.internal;

import io.fokus.training.CourseId;
import java.time.Instant;

/** One version of a course; {@code publishedAt} is set once it was published, and then it never changes. */
public record CourseVersion(CourseId courseId, int version, CourseContent content, Instant publishedAt) {
}

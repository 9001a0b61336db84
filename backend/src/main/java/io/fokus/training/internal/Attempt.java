package io.fokus.training.internal;

import java.time.Instant;
import java.util.UUID;

/** One try at a course's quiz: the version taken, the score in percent, passed or not. */
public record Attempt(UUID id, int version, String answers, int score, boolean passed, Instant at) {
}

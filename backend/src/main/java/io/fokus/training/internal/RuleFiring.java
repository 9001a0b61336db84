package io.fokus.training.internal;

import io.fokus.training.CourseId;
import io.fokus.training.internal.TrainingRule.Subject;
import java.time.Instant;
import java.util.UUID;

/**
 * A time a rule fired for a member or unit: the value that fired it with its n and window, the evidence (JSON), the
 * course it assigned, and how its assignments went (open, completed, the last completion).
 */
public record RuleFiring(UUID id, UUID rule, CourseId course, Subject subject, UUID member, UUID unit,
    Instant firedAt, double value, int n, Instant from, Instant to, String evidence, int assigned, int open,
    int completed, Instant lastCompletedAt) {
}

package io.fokus.surveys.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A survey as its designers see it: the draft definition, the published version, distribution settings.
 *
 * @param draftChanged whether the draft differs from the published version (publishing makes a new version)
 * @param publicToken the token of the anonymous public link ({@code /s/<token>} in the app)
 */
public record SurveyView(UUID id, String name, String audience, String touchpoint, String status,
    SurveyDefinition draft, boolean draftChanged, Integer publishedVersion, String publicToken,
    boolean publicLinkEnabled, Integer responseQuota, OffsetDateTime closesAt, long responses,
    OffsetDateTime createdAt, OffsetDateTime updatedAt) {

  static SurveyView of(Survey s, long responses) {
    return new SurveyView(s.id().value(), s.name(), s.audience().name(), s.touchpoint(), s.status().name(),
        s.draft(), s.draftChanged(), s.publishedVersion(), s.publicToken(), s.publicLinkEnabled(),
        s.responseQuota(), s.closesAt(), responses, s.createdAt(), s.updatedAt());
  }
}

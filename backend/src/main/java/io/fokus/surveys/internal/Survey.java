package io.fokus.surveys.internal;

import io.fokus.surveys.Audience;
import io.fokus.surveys.SurveyId;
import java.time.OffsetDateTime;

/**
 * A survey as stored: its draft, the version respondents answer ({@code publishedVersion}, null until published) and
 * its distribution settings.
 */
record Survey(SurveyId id, String name, Audience audience, String touchpoint, SurveyStatus status,
    SurveyDefinition draft, boolean draftChanged, Integer publishedVersion, String publicToken,
    boolean publicLinkEnabled, Integer responseQuota, OffsetDateTime closesAt, OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {

  boolean isStaff() {
    return audience == Audience.STAFF;
  }

  boolean isPublished() {
    return publishedVersion != null;
  }

  /** True when respondents may answer at {@code now}: published and not past its closing time. */
  boolean isOpen(OffsetDateTime now) {
    return status == SurveyStatus.PUBLISHED && (closesAt == null || closesAt.isAfter(now));
  }
}

package io.fokus.tenants;

import java.util.Objects;

/**
 * A notice to a member, in English and German (the member reads it in the app in their language; a mail goes in the
 * tenant's language).
 *
 * @param kind what it is about, e.g. {@code complaints.sla-warning}, for filtering and icons
 * @param key unique per member: the same key again notifies nobody (listeners run twice)
 * @param link a path in the app to open, e.g. {@code /complaints/<id>}, or null
 */
public record Notice(String kind, String key, String titleEn, String titleDe, String bodyEn, String bodyDe,
    String link) {

  public Notice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(titleEn, "titleEn");
    Objects.requireNonNull(titleDe, "titleDe");
    bodyEn = bodyEn == null ? "" : bodyEn;
    bodyDe = bodyDe == null ? "" : bodyDe;
    if (link != null && !link.startsWith("/")) {
      throw new IllegalArgumentException("a notice links to a path in the app: " + link);
    }
  }
}

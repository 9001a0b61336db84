package io.fokus.training.internal;

import io.fokus.platform.domain.FieldError;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What one version of a course says: title and description in English and German (one language may be missing, the
 * other stands in), the content as formatted text (Markdown: paragraphs, lists, emphasis, links) or an external URL,
 * the estimated duration, the validity (recertify every N months; null: never), the recertification window (the
 * next cycle opens that many days before a completion expires) and the optional quiz (null: completed by
 * acknowledging it).
 */
public record CourseContent(String titleEn, String titleDe, String descriptionEn, String descriptionDe,
    String contentEn, String contentDe, String externalUrl, int durationMinutes, Integer validityMonths,
    int windowDays, Quiz quiz) {

  /** What is wrong with it; a draft may be saved with problems, publishing needs none. */
  public List<FieldError> problems() {
    List<FieldError> errors = new ArrayList<>();
    if (blank(titleEn) && blank(titleDe)) {
      errors.add(new FieldError("titleEn", "a course needs a title in English or German"));
    }
    if (blank(contentEn) && blank(contentDe) && blank(externalUrl)) {
      errors.add(new FieldError("contentEn", "a course needs content (English or German) or an external URL"));
    }
    if (!blank(externalUrl) && !webAddress(externalUrl)) {
      errors.add(new FieldError("externalUrl", "must be an http or https address"));
    }
    if (durationMinutes < 1 || durationMinutes > 1440) {
      errors.add(new FieldError("durationMinutes", "must be between 1 and 1440"));
    }
    if (validityMonths != null && (validityMonths < 1 || validityMonths > 120)) {
      errors.add(new FieldError("validityMonths", "must be between 1 and 120, or empty for never"));
    }
    if (windowDays < 0 || windowDays > 365) {
      errors.add(new FieldError("windowDays", "must be between 0 and 365"));
    }
    if (quiz != null) {
      errors.addAll(quiz.problems("quiz"));
    }
    return errors;
  }

  /** The title in the language asked for, or in the other one. */
  public String title(String language) {
    return pick(language, titleEn, titleDe);
  }

  static String pick(String language, String en, String de) {
    if ("de".equals(language)) {
      return blank(de) ? en : de;
    }
    return blank(en) ? de : en;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean webAddress(String s) {
    try {
      URI uri = URI.create(s.trim());
      return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

package io.fokus.surveys.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fokus.surveys.ScoreType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a survey asks, in the tenant's languages. Stored as the draft and frozen into a version at publishing.
 * Texts are maps from language ({@code en}, {@code de}) to text; English is required.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SurveyDefinition(
    @NotNull Map<String, @Size(max = 300) String> title,
    Map<String, @Size(max = 2000) String> intro,
    @NotNull @Size(max = 100) List<@Valid @NotNull Question> questions) {

  public enum QuestionType {
    NPS, CSAT, CES, RATING, SINGLE_CHOICE, MULTIPLE_CHOICE, TEXT;

    /** The score a question of this type gives, if it is one of the scores of DESIGN.md §7. */
    Optional<ScoreType> scoreType() {
      return switch (this) {
        case NPS -> Optional.of(ScoreType.NPS);
        case CSAT -> Optional.of(ScoreType.CSAT);
        case CES -> Optional.of(ScoreType.CES);
        default -> Optional.empty();
      };
    }

    /** The question type that asks a score. */
    static QuestionType of(ScoreType score) {
      return valueOf(score.name());
    }
  }

  /**
   * One question. {@code scale} only for RATING (defaults 1..5), {@code options} only for the choice types,
   * {@code showIf} shows the question only when an earlier answer matches.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Question(
      @NotNull @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_-]{0,39}$", message = "1 to 40 letters, digits, _ or -, starting with a letter") String id,
      @NotNull QuestionType type,
      @NotNull Map<String, @Size(max = 500) String> text,
      boolean required,
      @Valid Scale scale,
      @Size(max = 30) List<@Valid @NotNull Option> options,
      @Valid Condition showIf) {

    Question withOptions(List<Option> newOptions) {
      return new Question(id, type, text, required, scale, newOptions, showIf);
    }
  }

  public record Scale(int min, int max, Map<String, @Size(max = 80) String> minLabel,
      Map<String, @Size(max = 80) String> maxLabel) {
  }

  public record Option(
      @NotNull @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$", message = "1 to 40 letters, digits, _ or -") String id,
      @NotNull Map<String, @Size(max = 200) String> text) {
  }

  /**
   * Shows a question when the answer to an earlier question matches: {@code EQUALS}, {@code AT_MOST},
   * {@code AT_LEAST} compare a number; {@code ANY_OF} matches one of the choices (or numbers as text).
   */
  public record Condition(@NotNull String question, @NotNull Operator operator, Integer value,
      @Size(max = 30) List<String> values) {

    public enum Operator {
      EQUALS, AT_MOST, AT_LEAST, ANY_OF
    }
  }

  record Scales(int min, int max) {
  }

  /** The answer range of a numeric question type. */
  static Scales rangeOf(Question question) {
    return switch (question.type()) {
      case NPS -> new Scales(0, 10);
      case CSAT -> new Scales(1, 5);
      case CES -> new Scales(1, 7);
      case RATING -> question.scale() == null ? new Scales(1, 5)
          : new Scales(question.scale().min(), question.scale().max());
      default -> null;
    };
  }

  /** The text in {@code language}, falling back to English. */
  static String text(Map<String, String> texts, String language) {
    if (texts == null) {
      return null;
    }
    String text = texts.get(language);
    return text == null || text.isBlank() ? texts.get("en") : text;
  }

  /** Languages are limited to the ones Fokus ships. */
  static final List<String> LANGUAGES = List.of("en", "de");
}

package io.fokus.surveys.internal;

import io.fokus.platform.domain.FieldError;
import io.fokus.surveys.internal.SurveyDefinition.Condition;
import io.fokus.surveys.internal.SurveyDefinition.Question;
import io.fokus.surveys.internal.SurveyDefinition.QuestionType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The rules of a survey definition: whether a definition is complete and consistent, which questions a respondent
 * sees, and whether a submission answers them correctly. Pure logic, no I/O.
 */
final class Questionnaire {

  static final int MAX_TEXT = 5000;

  private Questionnaire() {
  }

  /** One validated answer: a number (scales), choices, or text. */
  record Answer(String questionId, QuestionType type, Integer number, List<String> choices, String text) {
  }

  /** Problems of a definition; empty when it can be saved (and, with {@code forPublishing}, published). */
  static List<FieldError> check(SurveyDefinition definition, boolean forPublishing) {
    List<FieldError> errors = new ArrayList<>();
    checkTexts(errors, "title", definition.title(), true);
    checkTexts(errors, "intro", definition.intro(), false);
    if (forPublishing && definition.questions().isEmpty()) {
      errors.add(new FieldError("questions", "a survey needs at least one question to be published"));
    }
    Map<String, Question> earlier = new HashMap<>();
    for (int i = 0; i < definition.questions().size(); i++) {
      Question q = definition.questions().get(i);
      String path = "questions[" + i + "]";
      if (earlier.containsKey(q.id())) {
        errors.add(new FieldError(path + ".id", "is used by another question"));
      }
      checkTexts(errors, path + ".text", q.text(), true);
      boolean choice = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE;
      if (choice) {
        if (q.options() == null || q.options().size() < 2) {
          errors.add(new FieldError(path + ".options", "a choice question needs at least two options"));
        } else {
          Set<String> ids = new HashSet<>();
          for (int o = 0; o < q.options().size(); o++) {
            var option = q.options().get(o);
            if (!ids.add(option.id())) {
              errors.add(new FieldError(path + ".options[" + o + "].id", "is used by another option"));
            }
            checkTexts(errors, path + ".options[" + o + "].text", option.text(), true);
          }
        }
      } else if (q.options() != null && !q.options().isEmpty()) {
        errors.add(new FieldError(path + ".options", "only choice questions have options"));
      }
      if (q.type() == QuestionType.RATING && q.scale() != null
          && (q.scale().min() < 0 || q.scale().max() > 10 || q.scale().min() >= q.scale().max())) {
        errors.add(new FieldError(path + ".scale", "must go from a lower to a higher point within 0 to 10"));
      }
      if (q.type() != QuestionType.RATING && q.scale() != null) {
        errors.add(new FieldError(path + ".scale", "only rating questions have a configurable scale"));
      }
      if (q.showIf() != null) {
        checkCondition(errors, path + ".showIf", q.showIf(), earlier.get(q.showIf().question()));
      }
      earlier.put(q.id(), q);
    }
    return errors;
  }

  private static void checkCondition(List<FieldError> errors, String path, Condition condition, Question target) {
    if (target == null) {
      errors.add(new FieldError(path + ".question", "must name an earlier question"));
      return;
    }
    boolean numeric = SurveyDefinition.rangeOf(target) != null;
    switch (condition.operator()) {
      case EQUALS, AT_MOST, AT_LEAST -> {
        if (!numeric) {
          errors.add(new FieldError(path + ".operator", "compares numbers; use ANY_OF for choices"));
        } else if (condition.value() == null) {
          errors.add(new FieldError(path + ".value", "is required for this operator"));
        }
      }
      case ANY_OF -> {
        if (condition.values() == null || condition.values().isEmpty()) {
          errors.add(new FieldError(path + ".values", "needs at least one value"));
        } else if (target.type() == QuestionType.TEXT) {
          errors.add(new FieldError(path + ".question", "text answers cannot be matched"));
        }
      }
    }
  }

  private static void checkTexts(List<FieldError> errors, String path, Map<String, String> texts, boolean required) {
    if (texts == null) {
      if (required) {
        errors.add(new FieldError(path, "is required"));
      }
      return;
    }
    for (String language : texts.keySet()) {
      if (!SurveyDefinition.LANGUAGES.contains(language)) {
        errors.add(new FieldError(path + "." + language, "unsupported language; use en or de"));
      }
    }
    if (required && (texts.get("en") == null || texts.get("en").isBlank())) {
      errors.add(new FieldError(path + ".en", "an English text is required"));
    }
  }

  /**
   * Validates a submission against a version's definition and display logic.
   *
   * @param answers question id to JSON value as submitted
   * @return the answers to store, in question order
   * @throws SubmissionException listing every problem, keyed by question id
   */
  static List<Answer> validate(SurveyDefinition definition, Map<String, JsonNode> answers) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, Question> byId = new LinkedHashMap<>();
    definition.questions().forEach(q -> byId.put(q.id(), q));
    for (String id : answers.keySet()) {
      if (!byId.containsKey(id)) {
        errors.add(new FieldError("answers." + id, "is not a question of this survey"));
      }
    }
    Map<String, Answer> given = new HashMap<>();
    List<Answer> result = new ArrayList<>();
    for (Question q : definition.questions()) {
      JsonNode value = answers.get(q.id());
      boolean blank = value == null || value.isNull() || value.isMissingNode()
          || (value.isString() && value.asString().isBlank()) || (value.isArray() && value.isEmpty());
      boolean visible = q.showIf() == null || matches(q.showIf(), given.get(q.showIf().question()));
      String field = "answers." + q.id();
      if (!visible) {
        if (!blank) {
          errors.add(new FieldError(field, "is not shown for the answers given, so it cannot be answered"));
        }
        continue;
      }
      if (blank) {
        if (q.required()) {
          errors.add(new FieldError(field, "is required"));
        }
        continue;
      }
      Answer answer = parse(q, value, field, errors);
      if (answer != null) {
        given.put(q.id(), answer);
        result.add(answer);
      }
    }
    if (!errors.isEmpty()) {
      throw new SubmissionException(errors);
    }
    return result;
  }

  private static Answer parse(Question q, JsonNode value, String field, List<FieldError> errors) {
    var range = SurveyDefinition.rangeOf(q);
    if (range != null) {
      if (!value.isIntegralNumber() || !value.canConvertToInt()) {
        errors.add(new FieldError(field, "must be a whole number from " + range.min() + " to " + range.max()));
        return null;
      }
      int number = value.asInt();
      if (number < range.min() || number > range.max()) {
        errors.add(new FieldError(field, "must be from " + range.min() + " to " + range.max()));
        return null;
      }
      return new Answer(q.id(), q.type(), number, null, null);
    }
    switch (q.type()) {
      case SINGLE_CHOICE -> {
        if (!value.isString() || !isOption(q, value.asString())) {
          errors.add(new FieldError(field, "must be one of the options"));
          return null;
        }
        return new Answer(q.id(), q.type(), null, List.of(value.asString()), null);
      }
      case MULTIPLE_CHOICE -> {
        if (!value.isArray()) {
          errors.add(new FieldError(field, "must be a list of options"));
          return null;
        }
        List<String> choices = new ArrayList<>();
        for (JsonNode item : value.values()) {
          if (!item.isString() || !isOption(q, item.asString()) || choices.contains(item.asString())) {
            errors.add(new FieldError(field, "must list distinct options of the question"));
            return null;
          }
          choices.add(item.asString());
        }
        return new Answer(q.id(), q.type(), null, choices, null);
      }
      case TEXT -> {
        if (!value.isString() || value.asString().length() > MAX_TEXT) {
          errors.add(new FieldError(field, "must be a text of at most " + MAX_TEXT + " characters"));
          return null;
        }
        return new Answer(q.id(), q.type(), null, null, value.asString().strip());
      }
      default -> throw new IllegalStateException("unhandled type " + q.type());
    }
  }

  private static boolean isOption(Question q, String id) {
    return q.options() != null && q.options().stream().anyMatch(o -> o.id().equals(id));
  }

  /** Whether an earlier answer makes a conditional question visible; no answer means hidden. */
  static boolean matches(Condition condition, Answer answer) {
    if (answer == null) {
      return false;
    }
    return switch (condition.operator()) {
      case EQUALS -> answer.number() != null && answer.number().equals(condition.value());
      case AT_MOST -> answer.number() != null && answer.number() <= condition.value();
      case AT_LEAST -> answer.number() != null && answer.number() >= condition.value();
      case ANY_OF -> answer.number() != null ? condition.values().contains(String.valueOf(answer.number()))
          : answer.choices() != null && answer.choices().stream().anyMatch(condition.values()::contains);
    };
  }

  /** A submission that does not fit the survey; each error names the question. */
  static final class SubmissionException extends RuntimeException {

    private final List<FieldError> errors;

    SubmissionException(List<FieldError> errors) {
      super("the answers do not fit the survey");
      this.errors = List.copyOf(errors);
    }

    List<FieldError> errors() {
      return errors;
    }
  }
}

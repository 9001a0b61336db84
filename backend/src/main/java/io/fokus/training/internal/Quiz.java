package io.fokus.training.internal;

import io.fokus.platform.domain.FieldError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A course's short quiz: single- or multiple-choice questions and the pass mark, the percentage of questions that
 * must be answered exactly right (every correct option chosen, no other).
 */
public record Quiz(int passMark, List<Question> questions) {

  public static final int MAX_QUESTIONS = 50;
  public static final int MAX_OPTIONS = 10;

  public Quiz {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }

  /** A question, in English and German (one of them may be missing); {@code multiple}: several options are right. */
  public record Question(String id, String textEn, String textDe, boolean multiple, List<Option> options) {

    public Question {
      options = options == null ? List.of() : List.copyOf(options);
    }
  }

  public record Option(String id, String textEn, String textDe, boolean correct) {
  }

  /** What is wrong with the quiz, as field errors under {@code prefix} (empty: nothing). */
  public List<FieldError> problems(String prefix) {
    List<FieldError> errors = new ArrayList<>();
    if (passMark < 1 || passMark > 100) {
      errors.add(new FieldError(prefix + ".passMark", "must be between 1 and 100"));
    }
    if (questions.isEmpty()) {
      errors.add(new FieldError(prefix + ".questions", "a quiz needs at least one question"));
    }
    if (questions.size() > MAX_QUESTIONS) {
      errors.add(new FieldError(prefix + ".questions", "at most " + MAX_QUESTIONS + " questions"));
    }
    Set<String> questionIds = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      String at = prefix + ".questions[" + i + "]";
      if (q.id() == null || q.id().isBlank() || q.id().length() > 40 || !questionIds.add(q.id())) {
        errors.add(new FieldError(at + ".id", "must be a unique id of at most 40 characters"));
      }
      if (blank(q.textEn()) && blank(q.textDe())) {
        errors.add(new FieldError(at + ".textEn", "a question needs a text in English or German"));
      }
      if (tooLong(q.textEn(), 1000) || tooLong(q.textDe(), 1000)) {
        errors.add(new FieldError(at + ".textEn", "at most 1000 characters"));
      }
      if (q.options().size() < 2 || q.options().size() > MAX_OPTIONS) {
        errors.add(new FieldError(at + ".options", "a question needs 2 to " + MAX_OPTIONS + " options"));
      }
      Set<String> optionIds = new HashSet<>();
      for (int j = 0; j < q.options().size(); j++) {
        Option o = q.options().get(j);
        String oat = at + ".options[" + j + "]";
        if (o.id() == null || o.id().isBlank() || o.id().length() > 40 || !optionIds.add(o.id())) {
          errors.add(new FieldError(oat + ".id", "must be a unique id of at most 40 characters"));
        }
        if (blank(o.textEn()) && blank(o.textDe())) {
          errors.add(new FieldError(oat + ".textEn", "an option needs a text in English or German"));
        }
        if (tooLong(o.textEn(), 500) || tooLong(o.textDe(), 500)) {
          errors.add(new FieldError(oat + ".textEn", "at most 500 characters"));
        }
      }
      long correct = q.options().stream().filter(Option::correct).count();
      if (correct == 0) {
        errors.add(new FieldError(at + ".options", "mark at least one option as correct"));
      } else if (!q.multiple() && correct > 1) {
        errors.add(new FieldError(at + ".options", "a single-choice question has exactly one correct option"));
      }
    }
    return errors;
  }

  /**
   * The score in percent (rounded down) of the answers: for each question id, the ids of the options chosen. A
   * question counts when exactly its correct options were chosen.
   */
  public int score(Map<String, Set<String>> answers) {
    if (questions.isEmpty()) {
      return 0;
    }
    int right = 0;
    for (Question q : questions) {
      Set<String> chosen = answers.getOrDefault(q.id(), Set.of());
      Set<String> correct = new HashSet<>();
      q.options().stream().filter(Option::correct).forEach(o -> correct.add(o.id()));
      if (chosen.equals(correct)) {
        right++;
      }
    }
    return right * 100 / questions.size();
  }

  public boolean passes(int score) {
    return score >= passMark;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean tooLong(String s, int max) {
    return s != null && s.length() > max;
  }
}

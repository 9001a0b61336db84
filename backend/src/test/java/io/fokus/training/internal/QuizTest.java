package io.fokus.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.domain.FieldError;
import io.fokus.training.internal.Quiz.Option;
import io.fokus.training.internal.Quiz.Question;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizTest {

  static final Quiz QUIZ = new Quiz(75, List.of(
      new Question("q1", "Single", null, false, List.of(new Option("a", "A", null, true),
          new Option("b", "B", null, false))),
      new Question("q2", "Multiple", null, true, List.of(new Option("a", "A", null, true),
          new Option("b", "B", null, true), new Option("c", "C", null, false))),
      new Question("q3", null, "Nur deutsch", false, List.of(new Option("x", null, "X", false),
          new Option("y", null, "Y", true))),
      new Question("q4", "Fourth", "Vierte", false, List.of(new Option("a", "A", "A", false),
          new Option("b", "B", "B", true)))));

  @Test
  void aQuestionCountsOnlyWhenExactlyItsCorrectOptionsAreChosen() {
    assertThat(QUIZ.score(Map.of("q1", Set.of("a"), "q2", Set.of("a", "b"), "q3", Set.of("y"), "q4", Set.of("b"))))
        .isEqualTo(100);
    // q2 with one right option missing, q4 unanswered: 2 of 4
    assertThat(QUIZ.score(Map.of("q1", Set.of("a"), "q2", Set.of("a"), "q3", Set.of("y")))).isEqualTo(50);
    // q2 with a wrong option too
    assertThat(QUIZ.score(Map.of("q1", Set.of("a"), "q2", Set.of("a", "b", "c"), "q3", Set.of("y"),
        "q4", Set.of("b")))).isEqualTo(75);
    assertThat(QUIZ.score(Map.of())).isZero();
    assertThat(QUIZ.passes(75)).isTrue();
    assertThat(QUIZ.passes(74)).isFalse();
    // 1 of 3 rounds down
    Quiz three = new Quiz(30, QUIZ.questions().subList(0, 3));
    assertThat(three.score(Map.of("q1", Set.of("a")))).isEqualTo(33);
  }

  @Test
  void aMalformedQuizNamesEveryProblem() {
    assertThat(QUIZ.problems("quiz")).isEmpty();
    Quiz bad = new Quiz(0, List.of(
        new Question("q1", " ", null, false, List.of(new Option("a", "A", null, true),
            new Option("b", "B", null, true))),
        new Question("q1", "Duplicate id", null, true, List.of(new Option("a", "A", null, false))),
        new Question("q3", "No correct option", null, false, List.of(new Option("a", "A", null, false),
            new Option("a", "A again", null, false)))));
    assertThat(bad.problems("quiz")).extracting(FieldError::field).containsExactlyInAnyOrder(
        "quiz.passMark", "quiz.questions[0].textEn", "quiz.questions[0].options", "quiz.questions[1].id",
        "quiz.questions[1].options", "quiz.questions[1].options", "quiz.questions[2].options[1].id",
        "quiz.questions[2].options");
    assertThat(new Quiz(50, List.of()).problems("quiz")).extracting(FieldError::field)
        .containsExactly("quiz.questions");
  }

  @Test
  void theStarterCoursesArePublishable() {
    for (StarterCourses.Starter s : StarterCourses.all()) {
      assertThat(s.content().problems()).as(s.key()).isEmpty();
      assertThat(s.content().titleEn()).isNotBlank();
      assertThat(s.content().titleDe()).isNotBlank();
      assertThat(s.content().contentDe()).contains("##");
      assertThat(s.content().quiz().questions()).allSatisfy(q -> {
        assertThat(q.textEn()).isNotBlank();
        assertThat(q.textDe()).isNotBlank();
      });
    }
  }
}

package io.fokus.surveys.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fokus.platform.domain.FieldError;
import io.fokus.surveys.internal.SurveyDefinition.Condition;
import io.fokus.surveys.internal.SurveyDefinition.Option;
import io.fokus.surveys.internal.SurveyDefinition.Question;
import io.fokus.surveys.internal.SurveyDefinition.QuestionType;
import io.fokus.surveys.internal.SurveyDefinition.Scale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class QuestionnaireTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Map<String, String> en(String text) {
    return Map.of("en", text);
  }

  private static final SurveyDefinition SURVEY = new SurveyDefinition(en("Feedback"), null, List.of(
      new Question("nps", QuestionType.NPS, en("Recommend?"), true, null, null, null),
      new Question("why", QuestionType.TEXT, en("Why so low?"), true, null, null,
          new Condition("nps", Condition.Operator.AT_MOST, 6, null)),
      new Question("channel", QuestionType.SINGLE_CHOICE, en("Channel"), false, null,
          List.of(new Option("web", en("Web")), new Option("phone", en("Phone"))), null),
      new Question("topics", QuestionType.MULTIPLE_CHOICE, en("Topics"), false, null,
          List.of(new Option("price", en("Price")), new Option("service", en("Service"))), null),
      new Question("stars", QuestionType.RATING, en("Stars"), false, new Scale(1, 10, null, null), null, null)));

  private static Map<String, JsonNode> answers(String json) {
    Map<String, JsonNode> answers = new HashMap<>();
    JSON.readTree(json).properties().forEach(e -> answers.put(e.getKey(), e.getValue()));
    return answers;
  }

  private static List<FieldError> errorsOf(String json) {
    try {
      Questionnaire.validate(SURVEY, answers(json));
      return List.of();
    } catch (Questionnaire.SubmissionException e) {
      return e.errors();
    }
  }

  @Test
  void acceptsAValidSubmissionAndFollowsTheDisplayLogic() {
    var stored = Questionnaire.validate(SURVEY, answers("""
        {"nps": 3, "why": "  too slow ", "channel": "web", "topics": ["price", "service"], "stars": 10}"""));
    assertThat(stored).extracting(Questionnaire.Answer::questionId)
        .containsExactly("nps", "why", "channel", "topics", "stars");
    assertThat(stored.get(1).text()).isEqualTo("too slow");

    // a promoter is not asked why the score is low: the required follow-up is hidden
    assertThat(Questionnaire.validate(SURVEY, answers("{\"nps\": 9}"))).hasSize(1);
  }

  @Test
  void namesEveryQuestionThatIsWrong() {
    assertThat(errorsOf("{\"nps\": 11}")).extracting(FieldError::field).containsExactly("answers.nps");
    assertThat(errorsOf("{\"nps\": \"ten\"}")).extracting(FieldError::field).containsExactly("answers.nps");
    assertThat(errorsOf("{\"nps\": 7.5}")).extracting(FieldError::field).containsExactly("answers.nps");
    assertThat(errorsOf("{}")).extracting(FieldError::message).containsExactly("is required");
    assertThat(errorsOf("{\"nps\": 2}")).extracting(FieldError::field).containsExactly("answers.why");
    assertThat(errorsOf("{\"nps\": 10, \"why\": \"hidden\"}")).extracting(FieldError::field)
        .containsExactly("answers.why");
    assertThat(errorsOf("{\"nps\": 10, \"channel\": \"fax\", \"topics\": [\"price\", \"price\"], \"stars\": 0,"
        + " \"bogus\": 1}")).extracting(FieldError::field)
        .containsExactlyInAnyOrder("answers.bogus", "answers.channel", "answers.topics", "answers.stars");
    assertThat(errorsOf("{\"nps\": 10, \"channel\": [\"web\"]}")).extracting(FieldError::field)
        .containsExactly("answers.channel");
    assertThat(errorsOf("{\"nps\": 1, \"why\": \"" + "x".repeat(5001) + "\"}")).extracting(FieldError::field)
        .containsExactly("answers.why");
  }

  @Test
  void blankOptionalAnswersAreNoAnswers() {
    assertThat(Questionnaire.validate(SURVEY, answers("{\"nps\": 8, \"channel\": null, \"topics\": []}")))
        .hasSize(1);
  }

  @Test
  void checksDefinitions() {
    var broken = new SurveyDefinition(Map.of("fr", "Titre"), null, List.of(
        new Question("a", QuestionType.SINGLE_CHOICE, en("One option only"), true, null,
            List.of(new Option("x", en("X"))), null),
        new Question("a", QuestionType.NPS, en("Duplicate id"), true, null, null, null),
        new Question("c", QuestionType.TEXT, en("Refers to a later question"), false, null, null,
            new Condition("d", Condition.Operator.AT_MOST, 3, null)),
        new Question("d", QuestionType.RATING, Map.of("de", "Nur Deutsch"), false, new Scale(5, 5, null, null),
            null, new Condition("a", Condition.Operator.AT_LEAST, null, null))));

    assertThat(Questionnaire.check(broken, false)).extracting(FieldError::field).containsExactlyInAnyOrder(
        "title.fr", "title.en", "questions[0].options", "questions[1].id", "questions[2].showIf.question",
        "questions[3].text.en", "questions[3].scale", "questions[3].showIf.value");
    assertThat(Questionnaire.check(new SurveyDefinition(en("Empty"), null, List.of()), true))
        .extracting(FieldError::field).containsExactly("questions");
    assertThat(Questionnaire.check(new SurveyDefinition(en("Empty"), null, List.of()), false)).isEmpty();
  }

  @Test
  void everyTemplateIsPublishable() {
    for (var template : SurveyTemplates.ALL) {
      assertThat(Questionnaire.check(template.definition(), true)).as(template.key()).isEmpty();
      assertThat(template.definition().title()).containsKeys("en", "de");
    }
  }

  @Test
  void unknownQuestionsAloneAreRejectedToo() {
    assertThatThrownBy(() -> Questionnaire.validate(SURVEY, answers("{\"nps\": 5, \"why\": \"x\", \"zzz\": 1}")))
        .isInstanceOf(Questionnaire.SubmissionException.class);
  }
}

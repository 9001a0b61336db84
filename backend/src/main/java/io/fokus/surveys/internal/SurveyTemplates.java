package io.fokus.surveys.internal;

import io.fokus.surveys.Audience;
import io.fokus.surveys.internal.SurveyDefinition.Condition;
import io.fokus.surveys.internal.SurveyDefinition.Option;
import io.fokus.surveys.internal.SurveyDefinition.Question;
import io.fokus.surveys.internal.SurveyDefinition.QuestionType;
import io.fokus.surveys.internal.SurveyDefinition.Scale;
import java.util.List;
import java.util.Map;

/** Ready-made surveys to start from, in English and German. */
final class SurveyTemplates {

  private SurveyTemplates() {
  }


  private static Map<String, String> t(String en, String de) {
    return Map.of("en", en, "de", de);
  }

  private static Question q(String id, QuestionType type, Map<String, String> text, boolean required) {
    return new Question(id, type, text, required, null, null, null);
  }

  static final List<SurveyTemplate> ALL = List.of(
      new SurveyTemplate("NPS", Audience.CUSTOMER, "relationship", t("Net Promoter Score", "Net Promoter Score"),
          new SurveyDefinition(t("How likely are you to recommend us?", "Wie wahrscheinlich empfehlen Sie uns weiter?"),
              t("Two quick questions, one minute of your time.", "Zwei kurze Fragen, eine Minute Ihrer Zeit."),
              List.of(
                  q("nps", QuestionType.NPS, t("How likely is it that you would recommend us to a friend or colleague?",
                      "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?"), true),
                  new Question("reason", QuestionType.TEXT, t("What is the main reason for your score?",
                      "Was ist der wichtigste Grund für Ihre Bewertung?"), false, null, null, null),
                  new Question("improve", QuestionType.TEXT, t("What should we do better?",
                      "Was sollten wir besser machen?"), false, null, null,
                      new Condition("nps", Condition.Operator.AT_MOST, 6, null))))),
      new SurveyTemplate("CSAT_SUPPORT", Audience.CUSTOMER, "support", t("Satisfaction after support", "Zufriedenheit nach Support"),
          new SurveyDefinition(t("How did we do?", "Wie war unser Service?"), null,
              List.of(
                  q("csat", QuestionType.CSAT, t("How satisfied are you with the support you received?",
                      "Wie zufrieden sind Sie mit der erhaltenen Unterstützung?"), true),
                  q("resolved", QuestionType.SINGLE_CHOICE, t("Was your issue resolved?", "Wurde Ihr Anliegen gelöst?"),
                      true).withOptions(List.of(new Option("yes", t("Yes", "Ja")), new Option("partly", t("Partly", "Teilweise")),
                      new Option("no", t("No", "Nein")))),
                  q("comment", QuestionType.TEXT, t("Anything else you want to tell us?",
                      "Möchten Sie uns noch etwas mitteilen?"), false)))),
      new SurveyTemplate("CES", Audience.CUSTOMER, "support", t("Customer effort", "Kundenaufwand"),
          new SurveyDefinition(t("Was it easy?", "War es einfach?"), null,
              List.of(
                  q("ces", QuestionType.CES, t("The company made it easy for me to handle my issue.",
                      "Das Unternehmen hat es mir leicht gemacht, mein Anliegen zu erledigen."), true),
                  q("comment", QuestionType.TEXT, t("What made it hard or easy?", "Was war schwer oder leicht?"), false)))),
      new SurveyTemplate("STAFF_SELF_ASSESSMENT", Audience.STAFF, "internal",
          t("Customer focus self-assessment", "Selbsteinschätzung Kundenorientierung"),
          new SurveyDefinition(t("How customer-focused are we?", "Wie kundenorientiert sind wir?"),
              t("Anonymous: results are shown only for groups of five or more.",
                  "Anonym: Ergebnisse erscheinen nur für Gruppen ab fünf Antworten."),
              List.of(
                  agree("share", t("We share customer feedback across teams.",
                      "Wir teilen Kundenfeedback über Teams hinweg.")),
                  agree("promises", t("We keep the promises we make to customers.",
                      "Wir halten die Versprechen, die wir Kunden geben.")),
                  agree("act", t("Our leaders act on what customers tell us.",
                      "Unsere Führungskräfte handeln nach dem, was Kunden uns sagen.")),
                  agree("impact", t("I know how my work affects our customers.",
                      "Ich weiß, wie meine Arbeit unsere Kunden beeinflusst.")),
                  agree("complaints", t("We resolve complaints quickly.", "Wir lösen Beschwerden schnell.")),
                  q("idea", QuestionType.TEXT, t("One thing that would make us more customer-focused:",
                      "Eine Sache, die uns kundenorientierter machen würde:"), false)))));

  /**
   * The short CSAT survey sent after a complaint was resolved, the tenant's default follow-up survey
   * ({@link io.fokus.surveys.SurveyRequests#defaultFollowUpSurvey}); made on first use, not offered to designers.
   */
  static final SurveyTemplate FOLLOW_UP = new SurveyTemplate("CSAT_FOLLOW_UP", Audience.CUSTOMER, "complaint",
      t("Follow-up after a complaint", "Nachbefragung zur Beschwerde"),
      new SurveyDefinition(t("How did we handle your concern?", "Wie sind wir mit Ihrem Anliegen umgegangen?"), null,
          List.of(
              q("csat", QuestionType.CSAT, t("How satisfied are you with how we handled your concern?",
                  "Wie zufrieden sind Sie damit, wie wir Ihr Anliegen bearbeitet haben?"), true),
              q("comment", QuestionType.TEXT, t("Anything you want to tell us?",
                  "Möchten Sie uns noch etwas mitteilen?"), false))));

  private static Question agree(String id, Map<String, String> text) {
    return new Question(id, QuestionType.RATING, text, true,
        new Scale(1, 5, t("Strongly disagree", "Stimme gar nicht zu"), t("Strongly agree", "Stimme voll zu")),
        null, null);
  }
}

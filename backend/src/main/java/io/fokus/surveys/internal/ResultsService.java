package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.ANSWER;
import static fokus.db.surveys.Tables.RESPONSE;

import fokus.db.surveys.tables.records.SurveyRecord;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.ApiException;
import io.fokus.platform.web.PageResponse;
import io.fokus.surveys.Score;
import io.fokus.surveys.internal.SurveyDefinition.Question;
import io.fokus.surveys.internal.SurveyDefinition.QuestionType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results of a survey: scores with n and 95% intervals per question, a time series, answer distributions, comments
 * and the invitations' response rate, for any period and segment. Groups under {@link Scoring#MIN_GROUP} answers are
 * suppressed; for staff surveys the distributions and comments of such groups too.
 */
@Service
public class ResultsService {

  private final DSLContext db;
  private final Surveys surveys;
  private final Invitations invitations;

  ResultsService(DSLContext db, Surveys surveys, Invitations invitations) {
    this.db = db;
    this.surveys = surveys;
    this.invitations = invitations;
  }

  /**
   * Which responses count: submitted from {@code from} to {@code to} (days in {@code zone}, inclusive), and
   * optionally of one language, unit, level, or customer attribute value.
   */
  public record Filter(LocalDate from, LocalDate to, ZoneId zone, String language, UUID unitId, String level,
      String attribute, String attributeValue) {
  }

  public record QuestionScore(String questionId, String type, String text, Score score) {
  }

  public record SeriesPoint(OffsetDateTime period, Score score) {
  }

  public record Series(String questionId, String type, String bucket, List<SeriesPoint> points) {
  }

  /** Counts per answer value (numbers as text) or choice; {@code suppressed} when too few answered (staff). */
  public record Distribution(String questionId, String type, String text, long answered, Map<String, Long> counts,
      boolean suppressed) {
  }

  public record ResponseRate(long invited, long answered, Double rate) {
  }

  public record GroupScore(String group, String key, Score score) {
  }

  public record Results(UUID surveyId, String audience, long responses, List<QuestionScore> scores,
      List<Distribution> distributions, ResponseRate responseRate, List<GroupScore> byLevel,
      List<GroupScore> byUnit) {
  }

  public record Comment(UUID responseId, String questionId, String text, String language, Integer score,
      OffsetDateTime submittedAt) {
  }

  @Transactional(readOnly = true)
  public Results results(UUID surveyId, Filter filter) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = survey(tenant, surveyId);
    Map<String, Question> questions = questions(tenant, surveyId);
    Condition where = where(tenant, surveyId, filter);
    long responses = db.fetchCount(RESPONSE, where);
    boolean staff = "STAFF".equals(survey.getAudience());

    Map<String, Map<Integer, Long>> numeric = new LinkedHashMap<>();
    db.select(ANSWER.QUESTION_ID, ANSWER.NUMBER_VALUE, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(where, ANSWER.NUMBER_VALUE.isNotNull())
        .groupBy(ANSWER.QUESTION_ID, ANSWER.NUMBER_VALUE)
        .forEach(r -> numeric.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), (long) r.value3()));
    Map<String, Map<String, Long>> choices = new LinkedHashMap<>();
    var choice = DSL.field("unnest({0})", String.class, ANSWER.CHOICES).as("choice");
    db.select(ANSWER.QUESTION_ID, choice, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(where, ANSWER.CHOICES.isNotNull())
        .groupBy(ANSWER.QUESTION_ID, DSL.field(DSL.name("choice")))
        .forEach(r -> choices.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), (long) r.value3()));
    Map<String, Long> answeredCounts = db.select(ANSWER.QUESTION_ID, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(where)
        .groupBy(ANSWER.QUESTION_ID)
        .fetchMap(ANSWER.QUESTION_ID, r -> (long) r.value2());

    List<QuestionScore> scores = new ArrayList<>();
    List<Distribution> distributions = new ArrayList<>();
    for (Question q : questions.values()) {
      String text = SurveyDefinition.text(q.text(), "en");
      long answered = answeredCounts.getOrDefault(q.id(), 0L);
      boolean suppress = staff && answered < Scoring.MIN_GROUP;
      Map<String, Long> counts = new LinkedHashMap<>();
      var range = SurveyDefinition.rangeOf(q);
      if (range != null) {
        Map<Integer, Long> values = numeric.getOrDefault(q.id(), Map.of());
        for (int v = range.min(); v <= range.max(); v++) {
          counts.put(String.valueOf(v), values.getOrDefault(v, 0L));
        }
        Score score = score(q, values);
        if (score != null) {
          scores.add(new QuestionScore(q.id(), q.type().name(), text, score));
        }
      } else if (q.options() != null) {
        q.options().forEach(o -> counts.put(o.id(), choices.getOrDefault(q.id(), Map.of()).getOrDefault(o.id(), 0L)));
      }
      distributions.add(new Distribution(q.id(), q.type().name(), text, answered, suppress ? Map.of() : counts,
          suppress));
    }

    Map<String, Integer> invited = invitations.countsByStatus(tenant, surveyId);
    long total = invited.values().stream().mapToLong(Integer::longValue).sum();
    long answered = invited.getOrDefault("ANSWERED", 0);
    ResponseRate rate = new ResponseRate(total, answered, total == 0 ? null : 100.0 * answered / total);

    List<GroupScore> byLevel = List.of();
    List<GroupScore> byUnit = List.of();
    Question headline = headline(questions);
    if (staff && headline != null) {
      byLevel = groups(where, headline, RESPONSE.LEVEL, "level");
      byUnit = groups(where, headline, DSL.cast(RESPONSE.UNIT_ID, String.class), "unit");
    }
    return new Results(surveyId, survey.getAudience(), responses, scores, distributions, rate, byLevel, byUnit);
  }

  /** The score of each numeric question per day, week or month; suppressed points stay in the series. */
  @Transactional(readOnly = true)
  public List<Series> series(UUID surveyId, Filter filter, String bucket) {
    if (!List.of("day", "week", "month").contains(bucket)) {
      throw ApiException.invalid("bucket", "must be day, week or month");
    }
    TenantId tenant = Tenancy.requireTenant();
    survey(tenant, surveyId);
    Map<String, Question> questions = questions(tenant, surveyId);
    Field<OffsetDateTime> period = DSL.field("date_trunc({0}, {1}, {2})", OffsetDateTime.class,
        DSL.inline(bucket), RESPONSE.SUBMITTED_AT, DSL.inline(zone(filter).getId())); // inlined: GROUP BY must see the same expression; both are validated
    Map<String, Map<OffsetDateTime, Map<Integer, Long>>> counts = new LinkedHashMap<>();
    db.select(ANSWER.QUESTION_ID, period, ANSWER.NUMBER_VALUE, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(where(tenant, surveyId, filter), ANSWER.NUMBER_VALUE.isNotNull(),
            ANSWER.QUESTION_TYPE.in("NPS", "CSAT", "CES", "RATING"))
        .groupBy(ANSWER.QUESTION_ID, period, ANSWER.NUMBER_VALUE)
        .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new TreeMap<>())
            .computeIfAbsent(r.value2(), k -> new TreeMap<>()).put(r.value3(), (long) r.value4()));
    List<Series> series = new ArrayList<>();
    for (Question q : questions.values()) {
      if (SurveyDefinition.rangeOf(q) == null) {
        continue;
      }
      List<SeriesPoint> points = counts.getOrDefault(q.id(), Map.of()).entrySet().stream()
          .map(e -> new SeriesPoint(e.getKey(), score(q, e.getValue()))).toList();
      series.add(new Series(q.id(), q.type().name(), bucket, points));
    }
    return series;
  }

  /** A score across all surveys of the tenant (optionally of one touchpoint and audience), with its series. */
  public record TenantScore(String type, String touchpoint, String audience, Score score, String bucket,
      List<SeriesPoint> points) {
  }

  /**
   * NPS, CSAT or CES across every survey of the tenant that asks it, for a period and segment (touchpoint, audience,
   * language, customer attribute), with a time series.
   */
  @Transactional(readOnly = true)
  public TenantScore tenantScore(String type, String touchpoint, String audience, Filter filter, String bucket) {
    if (!List.of("day", "week", "month").contains(bucket)) {
      throw ApiException.invalid("bucket", "must be day, week or month");
    }
    TenantId tenant = Tenancy.requireTenant();
    Condition where = segment(tenant, filter).and(ANSWER.QUESTION_TYPE.eq(type)).and(ANSWER.NUMBER_VALUE.isNotNull());
    if (touchpoint != null) {
      where = where.and(RESPONSE.TOUCHPOINT.eq(touchpoint));
    }
    if (audience != null) {
      where = where.and(RESPONSE.AUDIENCE.eq(audience));
    }
    Question question = new Question(type.toLowerCase(), QuestionType.valueOf(type), Map.of("en", type), true, null,
        null, null);
    Field<OffsetDateTime> period = DSL.field("date_trunc({0}, {1}, {2})", OffsetDateTime.class,
        DSL.inline(bucket), RESPONSE.SUBMITTED_AT, DSL.inline(zone(filter).getId()));
    Map<Integer, Long> overall = new TreeMap<>();
    Map<OffsetDateTime, Map<Integer, Long>> byPeriod = new TreeMap<>();
    db.select(period, ANSWER.NUMBER_VALUE, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(where)
        .groupBy(period, ANSWER.NUMBER_VALUE)
        .forEach(r -> {
          overall.merge(r.value2(), (long) r.value3(), Long::sum);
          byPeriod.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), (long) r.value3());
        });
    List<SeriesPoint> points = byPeriod.entrySet().stream()
        .map(e -> new SeriesPoint(e.getKey(), score(question, e.getValue()))).toList();
    return new TenantScore(type, touchpoint, audience, score(question, overall), bucket, points);
  }

  /** Free-text answers, newest first, optionally of one question and containing a text. */
  @Transactional(readOnly = true)
  public PageResponse<Comment> comments(UUID surveyId, Filter filter, String questionId, String contains, int page,
      int size) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = survey(tenant, surveyId);
    Condition where = where(tenant, surveyId, filter).and(ANSWER.TEXT_VALUE.isNotNull())
        .and(ANSWER.TEXT_VALUE.ne(""));
    if (questionId != null) {
      where = where.and(ANSWER.QUESTION_ID.eq(questionId));
    }
    if (contains != null && !contains.isBlank()) {
      where = where.and(ANSWER.TEXT_VALUE.containsIgnoreCase(contains.trim()));
    }
    var base = db.select().from(ANSWER).join(RESPONSE)
        .on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID));
    long total = db.fetchCount(base.where(where));
    if ("STAFF".equals(survey.getAudience()) && db.fetchCount(RESPONSE, where(tenant, surveyId, filter))
        < Scoring.MIN_GROUP) {
      return new PageResponse<>(List.of(), page, size, 0); // too few staff answers: comments could identify people
    }
    var scoreAnswer = ANSWER.as("score_answer");
    Field<Integer> score = DSL.field(DSL.select(scoreAnswer.NUMBER_VALUE).from(scoreAnswer)
        .where(scoreAnswer.TENANT_ID.eq(RESPONSE.TENANT_ID), scoreAnswer.RESPONSE_ID.eq(RESPONSE.ID),
            scoreAnswer.QUESTION_TYPE.in("NPS", "CSAT", "CES"))
        .orderBy(scoreAnswer.QUESTION_ID).limit(1));
    List<Comment> items = db.select(RESPONSE.ID, ANSWER.QUESTION_ID, ANSWER.TEXT_VALUE, RESPONSE.LANGUAGE, score,
            RESPONSE.SUBMITTED_AT)
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(where)
        .orderBy(RESPONSE.SUBMITTED_AT.desc(), RESPONSE.ID, ANSWER.QUESTION_ID)
        .limit(size).offset((long) page * size)
        .fetch(r -> new Comment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    return new PageResponse<>(items, page, size, total);
  }

  private List<GroupScore> groups(Condition where, Question question, Field<String> groupField, String group) {
    Map<String, Map<Integer, Long>> counts = new TreeMap<>();
    db.select(groupField, ANSWER.NUMBER_VALUE, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(where, ANSWER.QUESTION_ID.eq(question.id()), ANSWER.NUMBER_VALUE.isNotNull())
        .groupBy(groupField, ANSWER.NUMBER_VALUE)
        .forEach(r -> counts.computeIfAbsent(r.value1() == null ? "" : r.value1(), k -> new TreeMap<>())
            .put(r.value2(), (long) r.value3()));
    return counts.entrySet().stream().map(e -> new GroupScore(group, e.getKey(), score(question, e.getValue())))
        .toList();
  }

  /** The question staff groups are compared on: the first scored question. */
  private static Question headline(Map<String, Question> questions) {
    return questions.values().stream().filter(q -> SurveyDefinition.rangeOf(q) != null).findFirst().orElse(null);
  }

  /** The score of a numeric question from counts per value; null for question types without a score. */
  static Score score(Question q, Map<Integer, Long> values) {
    var range = SurveyDefinition.rangeOf(q);
    long[] counts = new long[range.max() - range.min() + 1];
    values.forEach((value, count) -> {
      if (value >= range.min() && value <= range.max()) {
        counts[value - range.min()] = count;
      }
    });
    return switch (q.type()) {
      case NPS -> Scoring.nps(counts);
      case CSAT -> Scoring.csat(counts);
      case CES -> Scoring.cesMean(counts);
      case RATING -> Scoring.mean("Mean on " + range.min() + "-" + range.max()
          + ", 95% interval mean +/- 1.96 s/sqrt(n)", counts, range.min());
      default -> null;
    };
  }

  /** The questions of all published versions (and the draft, for surveys never published), by id, latest wins. */
  Map<String, Question> questions(TenantId tenant, UUID surveyId) {
    Map<String, Question> questions = new LinkedHashMap<>();
    Map<Integer, SurveyDefinition> versions = surveys.versions(tenant, surveyId);
    versions.values().forEach(v -> v.questions().forEach(q -> questions.put(q.id(), q)));
    return questions;
  }

  private SurveyRecord survey(TenantId tenant, UUID surveyId) {
    return surveys.find(tenant, surveyId).orElseThrow(() -> ApiException.notFound("Survey"));
  }

  private static ZoneId zone(Filter filter) {
    return filter.zone() == null ? ZoneId.of("UTC") : filter.zone();
  }

  static Condition where(TenantId tenant, UUID surveyId, Filter filter) {
    return segment(tenant, filter).and(RESPONSE.SURVEY_ID.eq(surveyId));
  }

  /** The responses of the tenant in the filter's period and segment. */
  static Condition segment(TenantId tenant, Filter filter) {
    Condition where = RESPONSE.TENANT_ID.eq(tenant.value());
    ZoneId zone = zone(filter);
    if (filter.from() != null) {
      where = where.and(RESPONSE.SUBMITTED_AT.ge(filter.from().atStartOfDay(zone).toOffsetDateTime()));
    }
    if (filter.to() != null) {
      where = where.and(RESPONSE.SUBMITTED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
    }
    if (filter.language() != null) {
      where = where.and(RESPONSE.LANGUAGE.eq(filter.language()));
    }
    if (filter.unitId() != null) {
      where = where.and(RESPONSE.UNIT_ID.eq(filter.unitId()));
    }
    if (filter.level() != null) {
      where = where.and(RESPONSE.LEVEL.eq(filter.level()));
    }
    if (filter.attribute() != null && filter.attributeValue() != null) {
      where = where.and(DSL.field("{0} ->> {1}", String.class, RESPONSE.ATTRIBUTES, DSL.val(filter.attribute()))
          .eq(filter.attributeValue()));
    }
    return where;
  }

  static boolean isScored(QuestionType type) {
    return type == QuestionType.NPS || type == QuestionType.CSAT || type == QuestionType.CES;
  }
}

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * and the invitations' response rate, for any period and segment. Every group is shown or suppressed by the one rule
 * of {@link Disclosure}: too few answers, or too few answers outside it in an enclosing group; a suppressed group's
 * score goes with everything that would reveal it (distributions, comments and their count, complements).
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

  /**
   * Counts per answer value (numbers as text) or choice; {@code suppressed} (and no counts) when not shown, and then
   * for staff answers no {@code answered} either.
   */
  public record Distribution(String questionId, String type, String text, Long answered, Map<String, Long> counts,
      boolean suppressed) {
  }

  public record ResponseRate(long invited, long answered, Double rate) {
  }

  public record GroupScore(String group, String key, Score score) {
  }

  /** The results of a filter; {@code responses} is null when a suppressed group of staff answers withholds it. */
  public record Results(UUID surveyId, String audience, Long responses, List<QuestionScore> scores,
      List<Distribution> distributions, ResponseRate responseRate, List<GroupScore> byLevel,
      List<GroupScore> byUnit) {
  }

  /** A free-text answer; {@code language} is null for staff answers. */
  public record Comment(UUID responseId, String questionId, String text, String language, Integer score,
      OffsetDateTime submittedAt) {
  }

  @Transactional(readOnly = true)
  public Results results(UUID surveyId, Filter filter) {
    TenantId tenant = Tenancy.requireTenant();
    SurveyRecord survey = survey(tenant, surveyId);
    Map<String, Question> questions = questions(tenant, surveyId);
    boolean staff = isStaff(survey);
    Condition scope = scope(tenant, surveyId);
    Criteria criteria = criteria(filter);
    Condition where = scope.and(criteria.all());
    long responses = db.fetchCount(RESPONSE, where);
    boolean disclosed = discloses(false, scope, criteria, staff);

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
    Map<String, Disclosure.Group> answered = groups(true, scope, criteria.list(), ANSWER.QUESTION_ID);

    List<QuestionScore> scores = new ArrayList<>();
    List<Distribution> distributions = new ArrayList<>();
    for (Question q : questions.values()) {
      String text = SurveyDefinition.text(q.text(), "en");
      Disclosure.Group group = answered.getOrDefault(q.id(), NOBODY);
      // what reveals a hidden score is hidden with it: the counts per value and per option
      boolean shown = disclosed && Disclosure.shows(group);
      Map<String, Long> counts = new LinkedHashMap<>();
      var range = SurveyDefinition.rangeOf(q);
      if (range != null) {
        Map<Integer, Long> values = numeric.getOrDefault(q.id(), Map.of());
        for (int v = range.min(); v <= range.max(); v++) {
          counts.put(String.valueOf(v), values.getOrDefault(v, 0L));
        }
        Score score = score(q, values);
        if (score != null) {
          scores.add(new QuestionScore(q.id(), q.type().name(), text, shown(score, shown, staff)));
        }
      } else if (q.options() != null) {
        q.options().forEach(o -> counts.put(o.id(), choices.getOrDefault(q.id(), Map.of()).getOrDefault(o.id(), 0L)));
      }
      distributions.add(new Distribution(q.id(), q.type().name(), text, count(group.n(), shown, staff),
          shown ? counts : Map.of(),
          !shown));
    }

    Map<String, Integer> invited = invitations.countsByStatus(tenant, surveyId);
    long total = invited.values().stream().mapToLong(Integer::longValue).sum();
    long answeredInvitations = invited.getOrDefault("ANSWERED", 0);
    ResponseRate rate = new ResponseRate(total, answeredInvitations,
        total == 0 ? null : 100.0 * answeredInvitations / total);

    List<GroupScore> byLevel = List.of();
    List<GroupScore> byUnit = List.of();
    Question headline = headline(questions);
    if (staff && headline != null) {
      byLevel = breakdown(scope, criteria, disclosed, headline, RESPONSE.LEVEL, "level");
      byUnit = breakdown(scope, criteria, disclosed, headline, DSL.cast(RESPONSE.UNIT_ID, String.class), "unit");
    }
    return new Results(surveyId, survey.getAudience(), count(responses, disclosed, staff), scores, distributions, rate,
        byLevel, byUnit);
  }

  /**
   * The score of each numeric question per day, week or month; suppressed points stay in the series. Staff surveys
   * are always by month, their reporting period.
   */
  @Transactional(readOnly = true)
  public List<Series> series(UUID surveyId, Filter filter, String bucket) {
    requireBucket(bucket);
    TenantId tenant = Tenancy.requireTenant();
    boolean staff = isStaff(survey(tenant, surveyId));
    Map<String, Question> questions = questions(tenant, surveyId);
    String effectiveBucket = staff ? StaffPeriod.BUCKET : bucket;
    Field<OffsetDateTime> period = period(effectiveBucket, staff ? ZoneOffset.UTC : zone(filter));
    Condition scope = scope(tenant, surveyId);
    Criteria criteria = criteria(filter);
    boolean disclosed = discloses(false, scope, criteria, staff);
    Map<String, Map<OffsetDateTime, Map<Integer, Long>>> counts = new LinkedHashMap<>();
    db.select(ANSWER.QUESTION_ID, period, ANSWER.NUMBER_VALUE, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(scope.and(criteria.all()), ANSWER.NUMBER_VALUE.isNotNull(),
            ANSWER.QUESTION_TYPE.in("NPS", "CSAT", "CES", "RATING"))
        .groupBy(ANSWER.QUESTION_ID, period, ANSWER.NUMBER_VALUE)
        .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new TreeMap<>())
            .computeIfAbsent(r.value2(), k -> new TreeMap<>()).put(r.value3(), (long) r.value4()));
    List<Series> series = new ArrayList<>();
    for (Question q : questions.values()) {
      if (SurveyDefinition.rangeOf(q) == null) {
        continue;
      }
      Set<OffsetDateTime> shown = disclosed ? Disclosure.shown(groups(true,
          scope.and(ANSWER.QUESTION_ID.eq(q.id())).and(ANSWER.NUMBER_VALUE.isNotNull()), criteria.list(), period))
          : Set.of();
      List<SeriesPoint> points = counts.getOrDefault(q.id(), Map.of()).entrySet().stream()
          .map(e -> new SeriesPoint(e.getKey(), shown(score(q, e.getValue()), shown.contains(e.getKey()), staff)))
          .toList();
      series.add(new Series(q.id(), q.type().name(), effectiveBucket, points));
    }
    return series;
  }

  /** A score across all surveys of the tenant (optionally of one touchpoint and audience), with its series. */
  public record TenantScore(String type, String touchpoint, String audience, Score score, String bucket,
      List<SeriesPoint> points) {
  }

  /**
   * NPS, CSAT or CES across every survey of the tenant that asks it, for a period and segment (touchpoint, audience,
   * language, customer attribute), with a time series; staff answers alone are by month, their reporting period.
   */
  @Transactional(readOnly = true)
  public TenantScore tenantScore(String type, String touchpoint, String audience, Filter filter, String bucket) {
    requireBucket(bucket);
    TenantId tenant = Tenancy.requireTenant();
    Condition scope = RESPONSE.TENANT_ID.eq(tenant.value()).and(ANSWER.QUESTION_TYPE.eq(type))
        .and(ANSWER.NUMBER_VALUE.isNotNull());
    Criteria criteria = criteria(filter);
    if (touchpoint != null) {
      criteria = criteria.and(RESPONSE.TOUCHPOINT.eq(touchpoint));
    }
    if (audience != null) {
      criteria = criteria.and(RESPONSE.AUDIENCE.eq(audience));
    }
    boolean staff = "STAFF".equals(audience);
    boolean withholdsCounts = !"CUSTOMER".equals(audience); // the answers may include staff answers
    String effectiveBucket = staff ? StaffPeriod.BUCKET : bucket;
    Question question = new Question(type.toLowerCase(), QuestionType.valueOf(type), Map.of("en", type), true, null,
        null, null);
    Field<OffsetDateTime> period = period(effectiveBucket, staff ? ZoneOffset.UTC : zone(filter));
    Map<Integer, Long> overall = new TreeMap<>();
    Map<OffsetDateTime, Map<Integer, Long>> byPeriod = new TreeMap<>();
    db.select(period, ANSWER.NUMBER_VALUE, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(scope.and(criteria.all()))
        .groupBy(period, ANSWER.NUMBER_VALUE)
        .forEach(r -> {
          overall.merge(r.value2(), (long) r.value3(), Long::sum);
          byPeriod.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), (long) r.value3());
        });
    boolean disclosed = discloses(true, scope, criteria, staff);
    Set<OffsetDateTime> shown = disclosed ? Disclosure.shown(groups(true, scope, criteria.list(), period)) : Set.of();
    List<SeriesPoint> points = byPeriod.entrySet().stream()
        .map(e -> new SeriesPoint(e.getKey(), shown(score(question, e.getValue()), shown.contains(e.getKey()),
            withholdsCounts)))
        .toList();
    return new TenantScore(type, touchpoint, audience, shown(score(question, overall), disclosed, withholdsCounts),
        effectiveBucket, points);
  }

  /**
   * Free-text answers, newest first, optionally of one question and containing a text; none of a group that is not
   * shown. Staff comments carry no language: within a shown group it could still point to one person.
   */
  @Transactional(readOnly = true)
  public PageResponse<Comment> comments(UUID surveyId, Filter filter, String questionId, String contains, int page,
      int size) {
    TenantId tenant = Tenancy.requireTenant();
    boolean staff = isStaff(survey(tenant, surveyId));
    Condition scope = scope(tenant, surveyId);
    Criteria criteria = criteria(filter);
    if (!discloses(false, scope, criteria, staff)) {
      return new PageResponse<>(List.of(), page, size, 0); // even the number of comments would tell about the group
    }
    Condition where = scope.and(criteria.all()).and(ANSWER.TEXT_VALUE.isNotNull()).and(ANSWER.TEXT_VALUE.ne(""));
    if (questionId != null) {
      where = where.and(ANSWER.QUESTION_ID.eq(questionId));
    }
    if (contains != null && !contains.isBlank()) {
      where = where.and(ANSWER.TEXT_VALUE.containsIgnoreCase(contains.trim()));
    }
    var base = db.select().from(ANSWER).join(RESPONSE)
        .on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID));
    long total = db.fetchCount(base.where(where));
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
        .fetch(r -> new Comment(r.value1(), r.value2(), r.value3(), staff ? null : r.value4(), r.value5(),
            r.value6()));
    return new PageResponse<>(items, page, size, total);
  }

  /** True when the responses of the filter may be shown at all (also raw, as in the export). */
  boolean discloses(TenantId tenant, SurveyRecord survey, Filter filter) {
    return discloses(false, scope(tenant, survey.getId()), criteria(filter), isStaff(survey));
  }

  /**
   * The answers (rows of answer) or responses of the criteria may be shown when the rule of {@link Disclosure}
   * allows their group; for staff surveys a period filter also needs every month to be empty or large enough,
   * because periods overlap: two periods that differ by one small month would subtract to it.
   */
  private boolean discloses(boolean answers, Condition scope, Criteria criteria, boolean staff) {
    if (!Disclosure.shows(group(answers, scope, criteria.list()))) {
      return false;
    }
    if (staff && criteria.period() != null) {
      Map<OffsetDateTime, Disclosure.Group> months = groups(answers, scope.and(DSL.and(criteria.attributes())),
          List.of(), RESPONSE.SUBMITTED_AT); // staff answers are stored at the start of their month
      return Disclosure.slicesSafely(months.values().stream().map(Disclosure.Group::n).toList());
    }
    return true;
  }

  /** The scores of the headline question per level or unit; rows that would reveal someone are suppressed. */
  private List<GroupScore> breakdown(Condition scope, Criteria criteria, boolean disclosed, Question question,
      Field<String> groupField, String group) {
    Field<String> key = DSL.coalesce(groupField, DSL.inline(""));
    Condition answers = scope.and(ANSWER.QUESTION_ID.eq(question.id())).and(ANSWER.NUMBER_VALUE.isNotNull());
    Set<String> shown = disclosed ? Disclosure.shown(groups(true, answers, criteria.list(), key)) : Set.of();
    Map<String, Map<Integer, Long>> counts = new TreeMap<>();
    db.select(key, ANSWER.NUMBER_VALUE, DSL.count())
        .from(ANSWER).join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
        .where(answers.and(criteria.all()))
        .groupBy(key, ANSWER.NUMBER_VALUE)
        .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), (long) r.value3()));
    return counts.entrySet().stream()
        .map(e -> new GroupScore(group, e.getKey(), shown(score(question, e.getValue()), shown.contains(e.getKey()),
            true)))
        .toList();
  }

  private static final Disclosure.Group NOBODY = Disclosure.Group.of(0);

  /** The group of all criteria within the scope, with its enclosing groups; answers or responses counted. */
  private Disclosure.Group group(boolean answers, Condition scope, List<Condition> criteria) {
    return groups(answers, scope, criteria, null).values().stream().findFirst().orElse(NOBODY);
  }

  /**
   * Per key, the group of all criteria within the scope and its enclosing groups (one criterion left out each),
   * counting answers (rows of answer) or responses: one pass over the scope with one filtered count per group. Keys
   * without answers in the group are left out.
   */
  private <K> Map<K, Disclosure.Group> groups(boolean answers, Condition scope, List<Condition> criteria,
      Field<K> key) {
    List<Field<?>> fields = new ArrayList<>();
    if (key != null) {
      fields.add(key);
    }
    fields.add(DSL.count().filterWhere(DSL.and(criteria)));
    for (int left = 0; left < criteria.size(); left++) {
      List<Condition> enclosing = new ArrayList<>(criteria);
      enclosing.remove(left);
      fields.add(DSL.count().filterWhere(DSL.and(enclosing)));
    }
    var select = answers
        ? db.select(fields).from(ANSWER).join(RESPONSE)
            .on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID)).where(scope)
        : db.select(fields).from(RESPONSE).where(scope);
    var rows = key == null ? select.fetch() : select.groupBy(key).fetch();
    int first = key == null ? 0 : 1;
    Map<K, Disclosure.Group> groups = new LinkedHashMap<>();
    for (var row : rows) {
      long n = row.get(first, Long.class);
      if (n == 0) {
        continue;
      }
      List<Long> enclosing = new ArrayList<>();
      for (int i = first + 1; i < row.size(); i++) {
        enclosing.add(row.get(i, Long.class));
      }
      groups.put(key == null ? null : row.get(key), new Disclosure.Group(n, enclosing));
    }
    return groups;
  }

  /**
   * The score as computed, or suppressed when its group may not be shown: without value and interval, and for
   * groups of staff answers without its n too, since even how many answered in a small group says who took part.
   */
  private static Score shown(Score score, boolean shown, boolean staff) {
    if (shown) {
      return score;
    }
    return new Score(score.method(), null, null, null, staff ? null : score.n(), true);
  }

  /** A count of a group: withheld (null) for a suppressed group of staff answers. */
  private static Long count(long n, boolean shown, boolean staff) {
    return shown || !staff ? n : null;
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

  private static void requireBucket(String bucket) {
    if (!List.of("day", "week", "month").contains(bucket)) {
      throw ApiException.invalid("bucket", "must be day, week or month");
    }
  }

  /** The start of each response's day, week or month in the zone. */
  private static Field<OffsetDateTime> period(String bucket, ZoneId zone) {
    // inlined: GROUP BY must see the same expression; bucket and zone are both validated
    return DSL.field("date_trunc({0}, {1}, {2})", OffsetDateTime.class, DSL.inline(bucket), RESPONSE.SUBMITTED_AT,
        DSL.inline(zone.getId()));
  }

  static boolean isStaff(SurveyRecord survey) {
    return "STAFF".equals(survey.getAudience());
  }

  /** The responses of one survey of the tenant. */
  private static Condition scope(TenantId tenant, UUID surveyId) {
    return RESPONSE.TENANT_ID.eq(tenant.value()).and(RESPONSE.SURVEY_ID.eq(surveyId));
  }

  /** The responses of the survey that the filter chooses. */
  static Condition where(TenantId tenant, UUID surveyId, Filter filter) {
    return scope(tenant, surveyId).and(criteria(filter).all());
  }

  /**
   * What a filter asks of a response, one condition per criterion, so that each can be left out to get an enclosing
   * group: the period, then language, unit, level and customer attribute (and touchpoint, audience).
   */
  record Criteria(Condition period, List<Condition> attributes) {

    /** Every criterion, each apart. */
    List<Condition> list() {
      List<Condition> all = new ArrayList<>();
      if (period != null) {
        all.add(period);
      }
      all.addAll(attributes);
      return all;
    }

    /** Every criterion at once. */
    Condition all() {
      return DSL.and(list());
    }

    Criteria and(Condition attribute) {
      List<Condition> more = new ArrayList<>(attributes);
      more.add(attribute);
      return new Criteria(period, more);
    }
  }

  static Criteria criteria(Filter filter) {
    List<Condition> attributes = new ArrayList<>();
    if (filter.language() != null) {
      attributes.add(RESPONSE.LANGUAGE.eq(filter.language()));
    }
    if (filter.unitId() != null) {
      attributes.add(RESPONSE.UNIT_ID.eq(filter.unitId()));
    }
    if (filter.level() != null) {
      attributes.add(RESPONSE.LEVEL.eq(filter.level()));
    }
    if (filter.attribute() != null && filter.attributeValue() != null) {
      attributes.add(DSL.field("{0} ->> {1}", String.class, RESPONSE.ATTRIBUTES, DSL.val(filter.attribute()))
          .eq(filter.attributeValue()));
    }
    return new Criteria(periodCriterion(filter), attributes);
  }

  /**
   * Responses from the first to the last day of the filter (days in its zone); staff answers, dated by month only,
   * from the month of the first day to the month of the last.
   */
  private static Condition periodCriterion(Filter filter) {
    if (filter.from() == null && filter.to() == null) {
      return null;
    }
    ZoneId zone = zone(filter);
    Condition customers = DSL.noCondition();
    Condition staff = DSL.noCondition();
    if (filter.from() != null) {
      customers = customers.and(RESPONSE.SUBMITTED_AT.ge(filter.from().atStartOfDay(zone).toOffsetDateTime()));
      staff = staff.and(RESPONSE.SUBMITTED_AT.ge(StaffPeriod.startOf(filter.from())));
    }
    if (filter.to() != null) {
      customers = customers.and(RESPONSE.SUBMITTED_AT.lt(filter.to().plusDays(1).atStartOfDay(zone)
          .toOffsetDateTime()));
      staff = staff.and(RESPONSE.SUBMITTED_AT.lt(StaffPeriod.endAfter(filter.to())));
    }
    return RESPONSE.AUDIENCE.eq("STAFF").and(staff).or(RESPONSE.AUDIENCE.ne("STAFF").and(customers));
  }

  static boolean isScored(QuestionType type) {
    return type == QuestionType.NPS || type == QuestionType.CSAT || type == QuestionType.CES;
  }
}

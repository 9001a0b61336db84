package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.ANSWER;
import static fokus.db.surveys.Tables.RESPONSE;

import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.Audience;
import io.fokus.surveys.Bucket;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyId;
import io.fokus.surveys.internal.SurveyDefinition.QuestionType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The answers of responses, counted for results and read for comments and exports: every query over answer joined
 * to response is written here once. A query looks at a {@link Scope} (whose answers) narrowed by {@link Criteria}
 * (which of them), both built here so that services never see SQL.
 */
@Repository
class Answers {

  static final int FETCH_SIZE = 1000;

  private final DSLContext db;

  Answers(DSLContext db) {
    this.db = db;
  }

  /** Whose answers a query looks at; narrowed further by {@link Criteria}. */
  record Scope(Condition condition) {

    /** The responses (and their answers) of one survey of the tenant. */
    static Scope survey(TenantId tenant, SurveyId surveyId) {
      return new Scope(RESPONSE.TENANT_ID.eq(tenant.value()).and(RESPONSE.SURVEY_ID.eq(surveyId.value())));
    }

    /** The numeric answers to questions of a score type across every survey of the tenant. */
    static Scope score(TenantId tenant, ScoreType type) {
      return scores(tenant, List.of(type));
    }

    /** The numeric answers to questions of the score types across every survey of the tenant. */
    static Scope scores(TenantId tenant, List<ScoreType> types) {
      return new Scope(RESPONSE.TENANT_ID.eq(tenant.value())
          .and(ANSWER.QUESTION_TYPE.in(types.stream().map(t -> QuestionType.of(t).name()).toList()))
          .and(ANSWER.NUMBER_VALUE.isNotNull()));
    }

    /** The numeric answers to one question within this scope. */
    Scope question(String questionId) {
      return new Scope(condition.and(ANSWER.QUESTION_ID.eq(questionId)).and(ANSWER.NUMBER_VALUE.isNotNull()));
    }
  }

  /**
   * What a filter asks of a response, one condition per criterion, so that each can be left out to get an enclosing
   * group: the period, then language, unit, level and customer attribute (and touchpoint, audience).
   */
  record Criteria(Condition period, List<Condition> attributes) {

    /**
     * The criteria of a filter. Responses from the first to the last day of the filter (days in its zone); staff
     * answers, dated by month only, from the month of the first day to the month of the last.
     */
    static Criteria of(ResultsService.Filter filter) {
      List<Condition> attributes = new ArrayList<>();
      if (filter.language() != null) {
        attributes.add(RESPONSE.LANGUAGE.eq(filter.language()));
      }
      if (filter.unitId() != null) {
        attributes.add(RESPONSE.UNIT_ID.eq(filter.unitId()));
      }
      if (filter.level() != null) {
        attributes.add(RESPONSE.LEVEL.eq(filter.level().name()));
      }
      if (filter.attribute() != null && filter.attributeValue() != null) {
        attributes.add(attribute(filter.attribute()).eq(filter.attributeValue()));
      }
      return new Criteria(period(filter.from(), filter.to(), filter.zoneOrUtc()), attributes);
    }

    private static Condition period(LocalDate from, LocalDate to, ZoneId zone) {
      if (from == null && to == null) {
        return null;
      }
      Condition customers = DSL.noCondition();
      Condition staff = DSL.noCondition();
      if (from != null) {
        customers = customers.and(RESPONSE.SUBMITTED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()));
        staff = staff.and(RESPONSE.SUBMITTED_AT.ge(StaffPeriod.startOf(from)));
      }
      if (to != null) {
        customers = customers.and(RESPONSE.SUBMITTED_AT.lt(to.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        staff = staff.and(RESPONSE.SUBMITTED_AT.lt(StaffPeriod.endAfter(to)));
      }
      String staffAudience = Audience.STAFF.name();
      return RESPONSE.AUDIENCE.eq(staffAudience).and(staff).or(RESPONSE.AUDIENCE.ne(staffAudience).and(customers));
    }

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

    boolean hasPeriod() {
      return period != null;
    }

    /** These criteria and responses of one touchpoint. */
    Criteria touchpoint(String touchpoint) {
      return and(RESPONSE.TOUCHPOINT.eq(touchpoint));
    }

    /** These criteria and responses of one audience. */
    Criteria audience(Audience audience) {
      return and(RESPONSE.AUDIENCE.eq(audience.name()));
    }

    private Criteria and(Condition attribute) {
      List<Condition> more = new ArrayList<>(attributes);
      more.add(attribute);
      return new Criteria(period, more);
    }
  }

  /** What answers are grouped by: a column of the response or answer, or the start of a period. */
  record Key<K>(Field<K> field) {

    static final Key<String> QUESTION = new Key<>(ANSWER.QUESTION_ID);
    static final Key<String> TOUCHPOINT = new Key<>(RESPONSE.TOUCHPOINT);
    /** The level, "" for none. */
    static final Key<String> LEVEL = new Key<>(DSL.coalesce(RESPONSE.LEVEL, DSL.inline("")));
    /** The unit's id as text, "" for none. */
    static final Key<String> UNIT = new Key<>(DSL.coalesce(DSL.cast(RESPONSE.UNIT_ID, String.class),
        DSL.inline("")));
    /** The stored time, for staff answers the start of their month. */
    static final Key<OffsetDateTime> SUBMITTED = new Key<>(RESPONSE.SUBMITTED_AT);

    /** The start of each response's day, week or month in the zone. */
    static Key<OffsetDateTime> period(Bucket bucket, ZoneId zone) {
      // inlined: GROUP BY must see the same expression; bucket and zone are both valid by their types
      return new Key<>(DSL.field("date_trunc({0}, {1}, {2})", OffsetDateTime.class, DSL.inline(bucket.sqlName()),
          RESPONSE.SUBMITTED_AT, DSL.inline(zone.getId())));
    }

    /** A customer attribute's value, "" for none. */
    static Key<String> attribute(String name) {
      // inlined (as an escaped literal): GROUP BY must see the same expression as the select list
      return new Key<>(DSL.coalesce(Answers.attribute(DSL.inline(name)), DSL.inline("")));
    }
  }

  private static Field<String> attribute(String name) {
    return attribute(DSL.val(name));
  }

  private static Field<String> attribute(Field<String> name) {
    return DSL.field("{0} ->> {1}", String.class, RESPONSE.ATTRIBUTES, name);
  }

  /** The number of responses of the criteria. */
  long responses(Scope scope, Criteria criteria) {
    return db.fetchCount(RESPONSE, scope.condition().and(criteria.all()));
  }

  /** Per key, the number of answers per numeric value, keys and values in order. */
  <K> Map<K, Map<Integer, Long>> valueCounts(Scope scope, Criteria criteria, Key<K> key) {
    Map<K, Map<Integer, Long>> counts = new TreeMap<>();
    db.select(key.field(), ANSWER.NUMBER_VALUE, DSL.count()).from(answered())
        .where(scope.condition().and(criteria.all()), ANSWER.NUMBER_VALUE.isNotNull())
        .groupBy(key.field(), ANSWER.NUMBER_VALUE)
        .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), (long) r.value3()));
    return counts;
  }

  /** Per question and key, the number of answers per numeric value. */
  <K> Map<String, Map<K, Map<Integer, Long>>> valueCountsByQuestion(Scope scope, Criteria criteria, Key<K> key) {
    Map<String, Map<K, Map<Integer, Long>>> counts = new LinkedHashMap<>();
    db.select(ANSWER.QUESTION_ID, key.field(), ANSWER.NUMBER_VALUE, DSL.count()).from(answered())
        .where(scope.condition().and(criteria.all()), ANSWER.NUMBER_VALUE.isNotNull())
        .groupBy(ANSWER.QUESTION_ID, key.field(), ANSWER.NUMBER_VALUE)
        .forEach(r -> counts.computeIfAbsent(r.value1(), k -> new TreeMap<>())
            .computeIfAbsent(r.value2(), k -> new TreeMap<>()).put(r.value3(), (long) r.value4()));
    return counts;
  }

  /** The number of answers per combination of the keys (in their order), question type and numeric value. */
  List<ValueCount> valueCounts(Scope scope, Criteria criteria, List<Key<?>> keys) {
    List<Field<?>> fields = new ArrayList<>();
    keys.forEach(k -> fields.add(k.field()));
    List<Field<?>> grouped = new ArrayList<>(fields);
    grouped.add(ANSWER.QUESTION_TYPE);
    grouped.add(ANSWER.NUMBER_VALUE);
    List<Field<?>> selected = new ArrayList<>(grouped);
    selected.add(DSL.count());
    return db.select(selected).from(answered())
        .where(scope.condition().and(criteria.all()), ANSWER.NUMBER_VALUE.isNotNull())
        .groupBy(grouped)
        .fetch(r -> {
          List<Object> key = new ArrayList<>();
          for (int i = 0; i < keys.size(); i++) {
            key.add(r.get(i));
          }
          return new ValueCount(key, QuestionType.valueOf(r.get(ANSWER.QUESTION_TYPE)),
              r.get(ANSWER.NUMBER_VALUE), r.get(selected.size() - 1, Long.class));
        });
  }

  /** How many answers of a question type gave a value, for one combination of keys. */
  record ValueCount(List<Object> key, QuestionType type, int value, long count) {
  }

  /** Per question, the number of answers per option chosen. */
  Map<String, Map<String, Long>> choiceCounts(Scope scope, Criteria criteria) {
    Map<String, Map<String, Long>> choices = new LinkedHashMap<>();
    var choice = DSL.field("unnest({0})", String.class, ANSWER.CHOICES).as("choice");
    db.select(ANSWER.QUESTION_ID, choice, DSL.count()).from(answered())
        .where(scope.condition().and(criteria.all()), ANSWER.CHOICES.isNotNull())
        .groupBy(ANSWER.QUESTION_ID, DSL.field(DSL.name("choice")))
        .forEach(r -> choices.computeIfAbsent(r.value1(), k -> new TreeMap<>()).put(r.value2(), (long) r.value3()));
    return choices;
  }

  private static final Disclosure.Group NOBODY = Disclosure.Group.of(0);

  /** The group of all criteria within the scope, with its enclosing groups; answers or responses counted. */
  Disclosure.Group group(boolean answers, Scope scope, Criteria criteria) {
    return groups(answers, scope.condition(), criteria.list(), null).values().stream().findFirst().orElse(NOBODY);
  }

  /**
   * Per key, the group of all criteria within the scope and its enclosing groups (one criterion left out each),
   * counting answers (rows of answer) or responses. Keys without answers in the group are left out.
   */
  <K> Map<K, Disclosure.Group> groups(boolean answers, Scope scope, Criteria criteria, Key<K> key) {
    return groups(answers, scope.condition(), criteria.list(), key.field());
  }

  /**
   * Per month of staff answers (stored at the start of their month), the answers or responses of the criteria
   * apart from the period: the slices that a period filter adds up.
   */
  Map<OffsetDateTime, Disclosure.Group> months(boolean answers, Scope scope, Criteria criteria) {
    return groups(answers, scope.condition().and(DSL.and(criteria.attributes())), List.of(), RESPONSE.SUBMITTED_AT);
  }

  /** One pass over the scope with one filtered count per group. */
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
    var select = db.select(fields).from(answers ? answered() : RESPONSE).where(scope);
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

  /** A free-text answer with the response's first score; {@code language} as stored. */
  record Comment(ResponseId responseId, String questionId, String text, String language, Integer score,
      OffsetDateTime submittedAt) {
  }

  /** Free-text answers of the criteria, optionally of one question and containing a text. */
  record CommentSearch(String questionId, String contains) {

    Condition condition() {
      Condition where = ANSWER.TEXT_VALUE.isNotNull().and(ANSWER.TEXT_VALUE.ne(""));
      if (questionId != null) {
        where = where.and(ANSWER.QUESTION_ID.eq(questionId));
      }
      if (contains != null && !contains.isBlank()) {
        where = where.and(ANSWER.TEXT_VALUE.containsIgnoreCase(contains.trim()));
      }
      return where;
    }
  }

  long commentCount(Scope scope, Criteria criteria, CommentSearch search) {
    return db.fetchCount(answered(), scope.condition().and(criteria.all()).and(search.condition()));
  }

  /** A page of comments, newest first. */
  List<Comment> comments(Scope scope, Criteria criteria, CommentSearch search, int page, int size) {
    var scoreAnswer = ANSWER.as("score_answer");
    Field<Integer> score = DSL.field(DSL.select(scoreAnswer.NUMBER_VALUE).from(scoreAnswer)
        .where(scoreAnswer.TENANT_ID.eq(RESPONSE.TENANT_ID), scoreAnswer.RESPONSE_ID.eq(RESPONSE.ID),
            scoreAnswer.QUESTION_TYPE.in(scoreQuestionTypes()))
        .orderBy(scoreAnswer.QUESTION_ID).limit(1));
    return db.select(RESPONSE.ID, ANSWER.QUESTION_ID, ANSWER.TEXT_VALUE, RESPONSE.LANGUAGE, score,
            RESPONSE.SUBMITTED_AT).from(answered())
        .where(scope.condition().and(criteria.all()).and(search.condition()))
        .orderBy(RESPONSE.SUBMITTED_AT.desc(), RESPONSE.ID, ANSWER.QUESTION_ID)
        .limit(size).offset((long) page * size)
        .fetch(r -> new Comment(new ResponseId(r.value1()), r.value2(), r.value3(), r.value4(), r.value5(),
            r.value6()));
  }

  private static List<String> scoreQuestionTypes() {
    return java.util.Arrays.stream(ScoreType.values()).map(t -> QuestionType.of(t).name()).toList();
  }

  /**
   * A response with its answers as text (numbers as digits, choices joined by {@code ;}); {@code attributes} is the
   * stored JSON.
   */
  record ExportedResponse(ResponseId id, OffsetDateTime submittedAt, int version, String language,
      UUID invitationId, String attributes, Map<String, String> answers) {
  }

  /**
   * Hands every response of the criteria to {@code each}, oldest first, reading from a database cursor so that
   * memory stays flat whatever the number of responses.
   */
  void eachResponse(Scope scope, Criteria criteria, Consumer<ExportedResponse> each) {
    try (var cursor = db.select(RESPONSE.ID, RESPONSE.SUBMITTED_AT, RESPONSE.VERSION, RESPONSE.LANGUAGE,
            RESPONSE.INVITATION_ID, RESPONSE.ATTRIBUTES, ANSWER.QUESTION_ID, ANSWER.NUMBER_VALUE, ANSWER.CHOICES,
            ANSWER.TEXT_VALUE)
        .from(RESPONSE).leftJoin(ANSWER).on(ANSWER.TENANT_ID.eq(RESPONSE.TENANT_ID),
            ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
        .where(scope.condition().and(criteria.all()))
        .orderBy(RESPONSE.SUBMITTED_AT, RESPONSE.ID)
        .fetchSize(FETCH_SIZE)
        .fetchLazy()) {
      Record first = null;
      Map<String, String> values = new HashMap<>();
      for (Record r : cursor) {
        if (first != null && !first.get(RESPONSE.ID).equals(r.get(RESPONSE.ID))) {
          each.accept(exported(first, values));
          values = new HashMap<>();
          first = null;
        }
        if (first == null) {
          first = r;
        }
        if (r.get(ANSWER.QUESTION_ID) != null) {
          values.put(r.get(ANSWER.QUESTION_ID), value(r));
        }
      }
      if (first != null) {
        each.accept(exported(first, values));
      }
    }
  }

  private static ExportedResponse exported(Record r, Map<String, String> values) {
    return new ExportedResponse(new ResponseId(r.get(RESPONSE.ID)), r.get(RESPONSE.SUBMITTED_AT),
        r.get(RESPONSE.VERSION), r.get(RESPONSE.LANGUAGE), r.get(RESPONSE.INVITATION_ID),
        r.get(RESPONSE.ATTRIBUTES) == null ? null : r.get(RESPONSE.ATTRIBUTES).data(), values);
  }

  private static String value(Record r) {
    if (r.get(ANSWER.NUMBER_VALUE) != null) {
      return String.valueOf(r.get(ANSWER.NUMBER_VALUE));
    }
    if (r.get(ANSWER.CHOICES) != null) {
      return String.join(";", r.get(ANSWER.CHOICES));
    }
    return r.get(ANSWER.TEXT_VALUE);
  }

  /** Answers with their response: the join every count of answers starts from. */
  private static Table<?> answered() {
    return ANSWER.join(RESPONSE).on(RESPONSE.TENANT_ID.eq(ANSWER.TENANT_ID), RESPONSE.ID.eq(ANSWER.RESPONSE_ID));
  }
}

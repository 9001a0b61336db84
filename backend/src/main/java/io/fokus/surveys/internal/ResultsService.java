package io.fokus.surveys.internal;

import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.web.PageResponse;
import io.fokus.surveys.Audience;
import io.fokus.surveys.Bucket;
import io.fokus.surveys.Score;
import io.fokus.surveys.ScoreType;
import io.fokus.surveys.SurveyId;
import io.fokus.surveys.internal.Answers.Criteria;
import io.fokus.surveys.internal.Answers.Key;
import io.fokus.surveys.internal.Answers.Scope;
import io.fokus.surveys.internal.SurveyDefinition.Question;
import io.fokus.surveys.internal.SurveyDefinition.QuestionType;
import io.fokus.tenants.Level;
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

  private final Answers answers;
  private final Surveys surveys;
  private final Invitations invitations;

  ResultsService(Answers answers, Surveys surveys, Invitations invitations) {
    this.answers = answers;
    this.surveys = surveys;
    this.invitations = invitations;
  }

  /**
   * Which responses count: submitted from {@code from} to {@code to} (days in {@code zone}, inclusive), and
   * optionally of one language, unit, level, or customer attribute value.
   */
  public record Filter(LocalDate from, LocalDate to, ZoneId zone, String language, UUID unitId, Level level,
      String attribute, String attributeValue) {

    /** Every response, at any time. */
    public static final Filter ALL = new Filter(null, null, null, null, null, null, null, null);

    ZoneId zoneOrUtc() {
      return zone == null ? ZoneOffset.UTC : zone;
    }
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

    static Comment of(Answers.Comment c, boolean staff) {
      return new Comment(c.responseId().value(), c.questionId(), c.text(), staff ? null : c.language(), c.score(),
          c.submittedAt());
    }
  }

  @Transactional(readOnly = true)
  public Results results(UUID surveyId, Filter filter) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = survey(tenant, surveyId);
    Map<String, Question> questions = questions(tenant, survey.id());
    boolean staff = survey.isStaff();
    Scope scope = Scope.survey(tenant, survey.id());
    Criteria criteria = Criteria.of(filter);
    long responses = answers.responses(scope, criteria);
    boolean disclosed = discloses(false, scope, criteria, staff);

    Map<String, Map<Integer, Long>> numeric = answers.valueCounts(scope, criteria, Key.QUESTION);
    Map<String, Map<String, Long>> choices = answers.choiceCounts(scope, criteria);
    Map<String, Disclosure.Group> answered = answers.groups(true, scope, criteria, Key.QUESTION);

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

    Map<InvitationStatus, Integer> invited = invitations.countsByStatus(tenant, surveyId);
    long total = invited.values().stream().mapToLong(Integer::longValue).sum();
    long answeredInvitations = invited.getOrDefault(InvitationStatus.ANSWERED, 0);
    ResponseRate rate = new ResponseRate(total, answeredInvitations,
        total == 0 ? null : 100.0 * answeredInvitations / total);

    List<GroupScore> byLevel = List.of();
    List<GroupScore> byUnit = List.of();
    Question headline = headline(questions);
    if (staff && headline != null) {
      byLevel = breakdown(scope, criteria, disclosed, headline, Key.LEVEL, "level");
      byUnit = breakdown(scope, criteria, disclosed, headline, Key.UNIT, "unit");
    }
    return new Results(surveyId, survey.audience().name(), count(responses, disclosed, staff), scores,
        distributions, rate, byLevel, byUnit);
  }

  /**
   * The score of each numeric question per day, week or month; suppressed points stay in the series. Staff surveys
   * are always by month, their reporting period.
   */
  @Transactional(readOnly = true)
  public List<Series> series(UUID surveyId, Filter filter, String bucket) {
    Bucket asked = bucket(bucket);
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = survey(tenant, surveyId);
    boolean staff = survey.isStaff();
    Map<String, Question> questions = questions(tenant, survey.id());
    Bucket effective = staff ? StaffPeriod.BUCKET : asked;
    Key<OffsetDateTime> period = Key.period(effective, staff ? ZoneOffset.UTC : filter.zoneOrUtc());
    Scope scope = Scope.survey(tenant, survey.id());
    Criteria criteria = Criteria.of(filter);
    boolean disclosed = discloses(false, scope, criteria, staff);
    var counts = answers.valueCountsByQuestion(scope, criteria, period);
    List<Series> series = new ArrayList<>();
    for (Question q : questions.values()) {
      if (SurveyDefinition.rangeOf(q) == null) {
        continue;
      }
      Set<OffsetDateTime> shown = disclosed
          ? Disclosure.shown(answers.groups(true, scope.question(q.id()), criteria, period)) : Set.of();
      List<SeriesPoint> points = counts.getOrDefault(q.id(), Map.of()).entrySet().stream()
          .map(e -> new SeriesPoint(e.getKey(), shown(score(q, e.getValue()), shown.contains(e.getKey()), staff)))
          .toList();
      series.add(new Series(q.id(), q.type().name(), effective.sqlName(), points));
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
  public TenantScore tenantScore(ScoreType type, String touchpoint, Audience audience, Filter filter,
      String bucket) {
    Bucket asked = bucket(bucket);
    TenantId tenant = Tenancy.requireTenant();
    Scope scope = Scope.score(tenant, type);
    Criteria criteria = Criteria.of(filter);
    if (touchpoint != null) {
      criteria = criteria.touchpoint(touchpoint);
    }
    if (audience != null) {
      criteria = criteria.audience(audience);
    }
    boolean staff = audience == Audience.STAFF;
    boolean withholdsCounts = audience != Audience.CUSTOMER; // the answers may include staff answers
    Bucket effective = staff ? StaffPeriod.BUCKET : asked;
    Question question = new Question(type.name().toLowerCase(), QuestionType.of(type), Map.of("en", type.name()),
        true, null, null, null);
    Key<OffsetDateTime> period = Key.period(effective, staff ? ZoneOffset.UTC : filter.zoneOrUtc());
    Map<OffsetDateTime, Map<Integer, Long>> byPeriod = answers.valueCounts(scope, criteria, period);
    Map<Integer, Long> overall = new TreeMap<>();
    byPeriod.values().forEach(counts -> counts.forEach((value, n) -> overall.merge(value, n, Long::sum)));
    boolean disclosed = discloses(true, scope, criteria, staff);
    Set<OffsetDateTime> shown = disclosed ? Disclosure.shown(answers.groups(true, scope, criteria, period))
        : Set.of();
    List<SeriesPoint> points = byPeriod.entrySet().stream()
        .map(e -> new SeriesPoint(e.getKey(), shown(score(question, e.getValue()), shown.contains(e.getKey()),
            withholdsCounts)))
        .toList();
    return new TenantScore(type.name(), touchpoint, audience == null ? null : audience.name(),
        shown(score(question, overall), disclosed, withholdsCounts), effective.sqlName(), points);
  }

  /**
   * Free-text answers, newest first, optionally of one question and containing a text; none of a group that is not
   * shown. Staff comments carry no language: within a shown group it could still point to one person.
   */
  @Transactional(readOnly = true)
  public PageResponse<Comment> comments(UUID surveyId, Filter filter, String questionId, String contains, int page,
      int size) {
    TenantId tenant = Tenancy.requireTenant();
    Survey survey = survey(tenant, surveyId);
    boolean staff = survey.isStaff();
    Scope scope = Scope.survey(tenant, survey.id());
    Criteria criteria = Criteria.of(filter);
    if (!discloses(false, scope, criteria, staff)) {
      return new PageResponse<>(List.of(), page, size, 0); // even the number of comments would tell about the group
    }
    var search = new Answers.CommentSearch(questionId, contains);
    List<Comment> items = answers.comments(scope, criteria, search, page, size).stream()
        .map(c -> Comment.of(c, staff)).toList();
    return new PageResponse<>(items, page, size, answers.commentCount(scope, criteria, search));
  }

  /** True when the responses of the filter may be shown at all (also raw, as in the export). */
  boolean discloses(TenantId tenant, Survey survey, Filter filter) {
    return discloses(false, Scope.survey(tenant, survey.id()), Criteria.of(filter), survey.isStaff());
  }

  /**
   * The answers (rows of answer) or responses of the criteria may be shown when the rule of {@link Disclosure}
   * allows their group; for staff surveys a period filter also needs every month to be empty or large enough,
   * because periods overlap: two periods that differ by one small month would subtract to it.
   */
  private boolean discloses(boolean countAnswers, Scope scope, Criteria criteria, boolean staff) {
    if (!Disclosure.shows(answers.group(countAnswers, scope, criteria))) {
      return false;
    }
    if (staff && criteria.hasPeriod()) {
      Map<OffsetDateTime, Disclosure.Group> months = answers.months(countAnswers, scope, criteria);
      return Disclosure.slicesSafely(months.values().stream().map(Disclosure.Group::n).toList());
    }
    return true;
  }

  /** The scores of the headline question per level or unit; rows that would reveal someone are suppressed. */
  private List<GroupScore> breakdown(Scope scope, Criteria criteria, boolean disclosed, Question question,
      Key<String> key, String group) {
    Scope answered = scope.question(question.id());
    Set<String> shown = disclosed ? Disclosure.shown(answers.groups(true, answered, criteria, key)) : Set.of();
    Map<String, Map<Integer, Long>> counts = answers.valueCounts(answered, criteria, key);
    return counts.entrySet().stream()
        .map(e -> new GroupScore(group, e.getKey(), shown(score(question, e.getValue()), shown.contains(e.getKey()),
            true)))
        .toList();
  }

  private static final Disclosure.Group NOBODY = Disclosure.Group.of(0);

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
  Map<String, Question> questions(TenantId tenant, SurveyId surveyId) {
    Map<String, Question> questions = new LinkedHashMap<>();
    Map<Integer, SurveyDefinition> versions = surveys.versions(tenant, surveyId);
    versions.values().forEach(v -> v.questions().forEach(q -> questions.put(q.id(), q)));
    return questions;
  }

  private Survey survey(TenantId tenant, UUID surveyId) {
    return surveys.find(tenant, new SurveyId(surveyId)).orElseThrow(SurveyNotFound::new);
  }

  private static Bucket bucket(String name) {
    return Bucket.of(name).orElseThrow(() -> new InvalidException("bucket", "must be day, week or month"));
  }
}

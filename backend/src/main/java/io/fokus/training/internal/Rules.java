package io.fokus.training.internal;

import static fokus.db.training.Tables.ASSIGNMENT;
import static fokus.db.training.Tables.RULE;
import static fokus.db.training.Tables.RULE_FIRING;
import static fokus.db.training.Tables.SIGNAL;
import static io.fokus.training.internal.Assignments.utc;

import fokus.db.training.tables.records.RuleRecord;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.training.CourseId;
import io.fokus.training.internal.TrainingRule.Definition;
import io.fokus.training.internal.TrainingRule.Metric;
import io.fokus.training.internal.TrainingRule.Subject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The rules, the signals they count and their firings. */
@Repository
class Rules {

  /** At most this many signals are named in a firing's evidence. */
  static final int EVIDENCE_SIGNALS = 50;

  private final DSLContext db;

  Rules(DSLContext db) {
    this.db = db;
  }

  TrainingRule insert(TenantId tenant, Definition d, MemberId by) {
    return db.insertInto(RULE)
        .set(RULE.TENANT_ID, tenant.value())
        .set(RULE.ID, UUID.randomUUID())
        .set(RULE.NAME, d.name())
        .set(RULE.METRIC, d.metric().name())
        .set(RULE.SUBJECT, d.subject().name())
        .set(RULE.THRESHOLD, d.threshold())
        .set(RULE.WINDOW_DAYS, d.windowDays())
        .set(RULE.MIN_ANSWERS, d.minAnswers())
        .set(RULE.COURSE_ID, d.courseId().value())
        .set(RULE.DUE_DAYS, d.dueDays())
        .set(RULE.COOLDOWN_DAYS, d.cooldownDays())
        .set(RULE.CREATED_BY, by == null ? null : by.value())
        .returning()
        .fetchOne(Rules::rule);
  }

  Optional<TrainingRule> update(TenantId tenant, UUID id, Definition d) {
    return db.update(RULE)
        .set(RULE.NAME, d.name())
        .set(RULE.METRIC, d.metric().name())
        .set(RULE.SUBJECT, d.subject().name())
        .set(RULE.THRESHOLD, d.threshold())
        .set(RULE.WINDOW_DAYS, d.windowDays())
        .set(RULE.MIN_ANSWERS, d.minAnswers())
        .set(RULE.COURSE_ID, d.courseId().value())
        .set(RULE.DUE_DAYS, d.dueDays())
        .set(RULE.COOLDOWN_DAYS, d.cooldownDays())
        .set(RULE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(RULE.TENANT_ID.eq(tenant.value()), RULE.ID.eq(id))
        .returning()
        .fetchOptional(Rules::rule);
  }

  Optional<TrainingRule> enable(TenantId tenant, UUID id, boolean enabled, Instant now) {
    return db.update(RULE)
        .set(RULE.ENABLED, enabled)
        .set(RULE.ENABLED_AT, enabled ? utc(now) : null)
        .set(RULE.UPDATED_AT, DSL.currentOffsetDateTime())
        .where(RULE.TENANT_ID.eq(tenant.value()), RULE.ID.eq(id))
        .returning()
        .fetchOptional(Rules::rule);
  }

  Optional<TrainingRule> find(TenantId tenant, UUID id) {
    return db.selectFrom(RULE).where(RULE.TENANT_ID.eq(tenant.value()), RULE.ID.eq(id))
        .fetchOptional(Rules::rule);
  }

  List<TrainingRule> list(TenantId tenant, int offset, int limit) {
    return db.selectFrom(RULE).where(RULE.TENANT_ID.eq(tenant.value()))
        .orderBy(RULE.ENABLED.desc(), RULE.NAME, RULE.ID).offset(offset).limit(limit).fetch(Rules::rule);
  }

  int count(TenantId tenant) {
    return db.fetchCount(RULE, RULE.TENANT_ID.eq(tenant.value()));
  }

  List<TrainingRule> enabled(TenantId tenant, Set<Metric> metrics) {
    return db.selectFrom(RULE)
        .where(RULE.TENANT_ID.eq(tenant.value()), RULE.ENABLED.isTrue(),
            RULE.METRIC.in(metrics.stream().map(Metric::name).toList()))
        .orderBy(RULE.ID).fetch(Rules::rule);
  }

  /** Per rule: how many times it fired and how many assignments it made. */
  Map<UUID, int[]> firingCounts(TenantId tenant, List<UUID> rules) {
    Map<UUID, int[]> counts = new HashMap<>();
    db.select(RULE_FIRING.RULE_ID, DSL.count(), DSL.sum(RULE_FIRING.ASSIGNED))
        .from(RULE_FIRING)
        .where(RULE_FIRING.TENANT_ID.eq(tenant.value()), RULE_FIRING.RULE_ID.in(rules))
        .groupBy(RULE_FIRING.RULE_ID)
        .forEach(r -> counts.put(r.value1(), new int[] {r.value2(), r.value3() == null ? 0 : r.value3().intValue()}));
    return counts;
  }

  /** Serializes the evaluations of one rule within the transaction (listeners and the job, on every instance). */
  void lock(TenantId tenant, UUID rule) {
    db.select(DSL.field("pg_advisory_xact_lock(hashtextextended({0}, 0))", Object.class,
        DSL.val("training.rule:" + tenant.value() + ":" + rule))).fetch();
  }

  /** Records a signal; false when it was recorded before (an event delivered again). */
  boolean insertSignal(TenantId tenant, String kind, String sourceId, UUID member, UUID unit, Instant at) {
    return db.insertInto(SIGNAL)
        .set(SIGNAL.TENANT_ID, tenant.value())
        .set(SIGNAL.KIND, kind)
        .set(SIGNAL.SOURCE_ID, sourceId)
        .set(SIGNAL.MEMBER_ID, member)
        .set(SIGNAL.UNIT_ID, unit)
        .set(SIGNAL.OCCURRED_AT, utc(at))
        .onConflictDoNothing()
        .execute() == 1;
  }

  /** One signal named in the evidence. */
  record Signal(String source, Instant at) {
  }

  /** A member or unit whose signals reach a counted rule's threshold and who is not cooling down. */
  record Counted(UUID subject, int count, Instant from, Instant lastFiredAt, List<Signal> signals) {
  }

  /**
   * The members or units (the rule's subject) a counted rule fires for now; only {@code only} when given. The
   * signals counted are those after the later of the window's start and the rule's last firing for the subject.
   */
  List<Counted> counted(TenantId tenant, TrainingRule rule, Instant now, UUID only, int limit) {
    Field<UUID> subject = rule.subject() == Subject.MEMBER ? SIGNAL.MEMBER_ID : SIGNAL.UNIT_ID;
    Field<UUID> firedFor = rule.subject() == Subject.MEMBER ? RULE_FIRING.MEMBER_ID : RULE_FIRING.UNIT_ID;
    var last = DSL.select(firedFor.as("subject"), DSL.max(RULE_FIRING.FIRED_AT).as("at"))
        .from(RULE_FIRING)
        .where(RULE_FIRING.TENANT_ID.eq(tenant.value()), RULE_FIRING.RULE_ID.eq(rule.id()),
            only == null ? DSL.noCondition() : firedFor.eq(only))
        .groupBy(firedFor)
        .asTable("last");
    Field<UUID> lastSubject = last.field("subject", UUID.class);
    Field<OffsetDateTime> lastAt = last.field("at", OffsetDateTime.class);
    OffsetDateTime windowStart = utc(now.minus(Duration.ofDays(rule.windowDays())));
    OffsetDateTime cooled = utc(now.minus(Duration.ofDays(rule.cooldownDays())));
    var count = DSL.count();
    var sources = DSL.arrayAgg(SIGNAL.SOURCE_ID).orderBy(SIGNAL.OCCURRED_AT.desc());
    var times = DSL.arrayAgg(SIGNAL.OCCURRED_AT).orderBy(SIGNAL.OCCURRED_AT.desc());
    return db.select(subject, count, lastAt, sources, times)
        .from(SIGNAL)
        .leftJoin(last).on(lastSubject.eq(subject))
        .where(SIGNAL.TENANT_ID.eq(tenant.value()), SIGNAL.KIND.eq(rule.metric().signal()), subject.isNotNull(),
            only == null ? DSL.noCondition() : subject.eq(only),
            SIGNAL.OCCURRED_AT.gt(windowStart), SIGNAL.OCCURRED_AT.le(utc(now)),
            lastAt.isNull().or(SIGNAL.OCCURRED_AT.gt(lastAt)))
        .groupBy(subject, lastAt)
        .having(count.ge(rule.threshold()), lastAt.isNull().or(lastAt.le(cooled)))
        .orderBy(count.desc(), subject)
        .limit(limit)
        .fetch(r -> {
          Instant lastFired = r.value3() == null ? null : r.value3().toInstant();
          String[] s = r.value4();
          OffsetDateTime[] t = r.value5();
          List<Signal> signals = new java.util.ArrayList<>();
          for (int i = 0; i < Math.min(s.length, EVIDENCE_SIGNALS); i++) {
            signals.add(new Signal(s[i], t[i].toInstant()));
          }
          return new Counted(r.value1(), r.value2(), RuleCheck.countedAfter(now, rule.windowDays(), lastFired),
              lastFired, signals);
        });
  }

  /** When the rule last fired for each unit (score rules). */
  Map<UUID, Instant> lastFiredForUnits(TenantId tenant, UUID rule) {
    Map<UUID, Instant> last = new HashMap<>();
    db.select(RULE_FIRING.UNIT_ID, DSL.max(RULE_FIRING.FIRED_AT))
        .from(RULE_FIRING)
        .where(RULE_FIRING.TENANT_ID.eq(tenant.value()), RULE_FIRING.RULE_ID.eq(rule), RULE_FIRING.UNIT_ID.isNotNull())
        .groupBy(RULE_FIRING.UNIT_ID)
        .forEach(r -> last.put(r.value1(), r.value2().toInstant()));
    return last;
  }

  /** The members the rule assigned a course to after {@code since} (their per-member cool-down). */
  Set<UUID> assignedByRuleSince(TenantId tenant, UUID rule, Instant since) {
    return new HashSet<>(db.selectDistinct(ASSIGNMENT.MEMBER_ID)
        .from(ASSIGNMENT)
        .join(RULE_FIRING).on(RULE_FIRING.TENANT_ID.eq(ASSIGNMENT.TENANT_ID), RULE_FIRING.ID.eq(ASSIGNMENT.FIRING_ID))
        .where(ASSIGNMENT.TENANT_ID.eq(tenant.value()), RULE_FIRING.RULE_ID.eq(rule),
            ASSIGNMENT.ASSIGNED_AT.gt(utc(since)))
        .fetch(ASSIGNMENT.MEMBER_ID));
  }

  /** A firing about to be recorded. */
  record NewFiring(TrainingRule rule, UUID member, UUID unit, Instant at, double value, long n, Instant from,
      Instant to, String evidence) {
  }

  UUID insertFiring(TenantId tenant, NewFiring f) {
    UUID id = UUID.randomUUID();
    db.insertInto(RULE_FIRING)
        .set(RULE_FIRING.TENANT_ID, tenant.value())
        .set(RULE_FIRING.ID, id)
        .set(RULE_FIRING.RULE_ID, f.rule().id())
        .set(RULE_FIRING.COURSE_ID, f.rule().courseId().value())
        .set(RULE_FIRING.SUBJECT, f.rule().subject().name())
        .set(RULE_FIRING.MEMBER_ID, f.member())
        .set(RULE_FIRING.UNIT_ID, f.unit())
        .set(RULE_FIRING.FIRED_AT, utc(f.at()))
        .set(RULE_FIRING.VALUE, f.value())
        .set(RULE_FIRING.N, (int) f.n())
        .set(RULE_FIRING.WINDOW_FROM, utc(f.from()))
        .set(RULE_FIRING.WINDOW_TO, utc(f.to()))
        .set(RULE_FIRING.EVIDENCE, JSONB.jsonb(f.evidence()))
        .execute();
    return id;
  }

  void setAssigned(TenantId tenant, UUID firing, int assigned) {
    db.update(RULE_FIRING).set(RULE_FIRING.ASSIGNED, assigned)
        .where(RULE_FIRING.TENANT_ID.eq(tenant.value()), RULE_FIRING.ID.eq(firing)).execute();
  }

  /** The rule's firings, newest first, with their assignments' progress; at most {@code limit}. */
  List<RuleFiring> firings(TenantId tenant, UUID rule, int offset, int limit) {
    return firings(tenant, RULE_FIRING.RULE_ID.eq(rule), offset, limit);
  }

  int countFirings(TenantId tenant, UUID rule) {
    return db.fetchCount(RULE_FIRING, RULE_FIRING.TENANT_ID.eq(tenant.value()), RULE_FIRING.RULE_ID.eq(rule));
  }

  Optional<RuleFiring> firing(TenantId tenant, UUID id) {
    return firings(tenant, RULE_FIRING.ID.eq(id), 0, 1).stream().findFirst();
  }

  private List<RuleFiring> firings(TenantId tenant, org.jooq.Condition which, int offset, int limit) {
    var open = DSL.count().filterWhere(ASSIGNMENT.STATUS.in("ASSIGNED", "OVERDUE"));
    var completed = DSL.count().filterWhere(ASSIGNMENT.STATUS.in("COMPLETED", "EXPIRED"));
    var last = DSL.max(ASSIGNMENT.COMPLETED_AT);
    return db.select(RULE_FIRING.asterisk(), open, completed, last)
        .from(RULE_FIRING)
        .leftJoin(ASSIGNMENT).on(ASSIGNMENT.TENANT_ID.eq(RULE_FIRING.TENANT_ID),
            ASSIGNMENT.FIRING_ID.eq(RULE_FIRING.ID))
        .where(RULE_FIRING.TENANT_ID.eq(tenant.value()), which)
        .groupBy(RULE_FIRING.TENANT_ID, RULE_FIRING.ID)
        .orderBy(RULE_FIRING.FIRED_AT.desc(), RULE_FIRING.ID)
        .offset(offset)
        .limit(limit)
        .fetch(r -> new RuleFiring(r.get(RULE_FIRING.ID), r.get(RULE_FIRING.RULE_ID),
            new CourseId(r.get(RULE_FIRING.COURSE_ID)), Subject.valueOf(r.get(RULE_FIRING.SUBJECT)),
            r.get(RULE_FIRING.MEMBER_ID), r.get(RULE_FIRING.UNIT_ID), r.get(RULE_FIRING.FIRED_AT).toInstant(),
            r.get(RULE_FIRING.VALUE), r.get(RULE_FIRING.N), r.get(RULE_FIRING.WINDOW_FROM).toInstant(),
            r.get(RULE_FIRING.WINDOW_TO).toInstant(), r.get(RULE_FIRING.EVIDENCE).data(),
            r.get(RULE_FIRING.ASSIGNED), r.get(open), r.get(completed),
            r.get(last) == null ? null : r.get(last).toInstant()));
  }

  /** How many signals of a kind a member or unit had in [from, to). */
  Map<UUID, Integer> signalCounts(TenantId tenant, String kind, Subject subject, List<Window> windows) {
    Map<UUID, Integer> counts = new HashMap<>();
    if (windows.isEmpty()) {
      return counts;
    }
    Field<UUID> column = subject == Subject.MEMBER ? SIGNAL.MEMBER_ID : SIGNAL.UNIT_ID;
    var w = DSL.values(windows.stream().map(x -> DSL.row(x.key(), x.subject(), utc(x.from()), utc(x.to())))
        .toArray(org.jooq.Row4[]::new)).as("w", "key", "subject", "from_at", "to_at");
    Field<UUID> key = w.field("key", UUID.class);
    db.select(key, DSL.count(SIGNAL.SOURCE_ID))
        .from(w)
        .leftJoin(SIGNAL).on(SIGNAL.TENANT_ID.eq(tenant.value()), SIGNAL.KIND.eq(kind),
            column.eq(w.field("subject", UUID.class)),
            SIGNAL.OCCURRED_AT.ge(w.field("from_at", OffsetDateTime.class)),
            SIGNAL.OCCURRED_AT.lt(w.field("to_at", OffsetDateTime.class)))
        .groupBy(key)
        .forEach(r -> counts.put(r.value1(), r.value2()));
    return counts;
  }

  /** A window of one member or unit; {@code key} names it in the answer. */
  record Window(UUID key, UUID subject, Instant from, Instant to) {
  }

  private static TrainingRule rule(RuleRecord r) {
    return new TrainingRule(r.getId(), r.getName(), Metric.valueOf(r.getMetric()), Subject.valueOf(r.getSubject()),
        r.getThreshold(), r.getWindowDays(), r.getMinAnswers(), new CourseId(r.getCourseId()), r.getDueDays(),
        r.getCooldownDays(), r.getEnabled(), r.getEnabledAt() == null ? null : r.getEnabledAt().toInstant(),
        r.getCreatedBy() == null ? null : new MemberId(r.getCreatedBy()), r.getCreatedAt().toInstant());
  }
}

package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.COMPLAINT;
import static fokus.db.complaints.Tables.COMPLAINT_MESSAGE;
import static fokus.db.complaints.Tables.COMPLAINT_WORD;

import fokus.db.complaints.tables.records.ComplaintRecord;
import io.fokus.complaints.Channel;
import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.ComplaintStatus;
import io.fokus.complaints.internal.ComplaintService.InboxFilter;
import io.fokus.complaints.internal.ComplaintService.InboxPage;
import io.fokus.complaints.internal.ComplaintService.InboxSort;
import io.fokus.complaints.internal.ComplaintService.SlaState;
import io.fokus.complaints.internal.ComplaintService.SlaSummary;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The tenant's complaints. */
@Repository
class Complaints {

  private final DSLContext db;
  private final Clock clock;

  Complaints(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** What a new complaint is made of. */
  record NewComplaint(CustomerId customer, ComplaintKind kind, Channel channel, String touchpoint, UUID categoryId,
      UUID priorityId,
      UnitId unit, MemberId assignee, String subject, String description, String orderReference,
      String clientSubmissionId, String statusToken) {
  }

  /**
   * Inserts the complaint with the tenant's next number. Numbers are counted under a transaction lock per tenant, so
   * two complaints arriving together get consecutive numbers and the second of two equal submissions sees the first.
   */
  Complaint insert(TenantId tenant, ComplaintId id, NewComplaint c) {
    lockNumbers(tenant);
    long number = db.select(DSL.coalesce(DSL.max(COMPLAINT.NUMBER), 0L).plus(1)).from(COMPLAINT)
        .where(COMPLAINT.TENANT_ID.eq(tenant.value())).fetchSingle().value1();
    db.insertInto(COMPLAINT)
        .set(COMPLAINT.TENANT_ID, tenant.value())
        .set(COMPLAINT.ID, id.value())
        .set(COMPLAINT.NUMBER, number)
        .set(COMPLAINT.CUSTOMER_ID, c.customer().value())
        .set(COMPLAINT.KIND, c.kind().name())
        .set(COMPLAINT.CHANNEL, c.channel().name())
        .set(COMPLAINT.TOUCHPOINT, c.touchpoint())
        .set(COMPLAINT.STATUS, ComplaintStatus.NEW.name())
        .set(COMPLAINT.CATEGORY_ID, c.categoryId())
        .set(COMPLAINT.PRIORITY_ID, c.priorityId())
        .set(COMPLAINT.UNIT_ID, c.unit() == null ? null : c.unit().value())
        .set(COMPLAINT.ASSIGNEE_ID, c.assignee() == null ? null : c.assignee().value())
        .set(COMPLAINT.SUBJECT, c.subject())
        .set(COMPLAINT.DESCRIPTION, c.description())
        .set(COMPLAINT.ORDER_REFERENCE, c.orderReference())
        .set(COMPLAINT.CLIENT_SUBMISSION_ID, c.clientSubmissionId())
        .set(COMPLAINT.STATUS_TOKEN, c.statusToken())
        .execute();
    return find(tenant, id).orElseThrow();
  }

  /** Serialises the numbering (and idempotency check) of one tenant's new complaints until the transaction ends. */
  void lockNumbers(TenantId tenant) {
    db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))", DSL.val("complaints.number:" + tenant));
  }

  Optional<Complaint> find(TenantId tenant, ComplaintId id) {
    return db.selectFrom(COMPLAINT).where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(id.value()))
        .fetchOptional(Complaints::complaint);
  }

  /** The complaint of a client submission, and its status token. */
  Optional<Submitted> bySubmission(TenantId tenant, String clientSubmissionId) {
    return db.selectFrom(COMPLAINT)
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.CLIENT_SUBMISSION_ID.eq(clientSubmissionId))
        .fetchOptional(r -> new Submitted(complaint(r), r.getStatusToken()));
  }

  record Submitted(Complaint complaint, String statusToken) {
  }

  /** What stands in for a text that was erased with its customer. */
  static final String ERASED = "(erased)";

  /**
   * Removes the customer's words from their complaints (GDPR): subject, description and order reference, and every
   * message of the conversation; the status-page link stops working. The complaints stay, with their status,
   * classification and SLA clocks, for the counts. Returns the complaints touched; running it again changes nothing
   * more.
   */
  List<ComplaintId> forgetTextsOf(TenantId tenant, CustomerId customer) {
    List<ComplaintId> ids = db.update(COMPLAINT)
        .set(COMPLAINT.SUBJECT, ERASED)
        .set(COMPLAINT.DESCRIPTION, ERASED)
        .setNull(COMPLAINT.ORDER_REFERENCE)
        .set(COMPLAINT.STATUS_TOKEN, DSL.field("'erased-' || gen_random_uuid()", String.class))
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.CUSTOMER_ID.eq(customer.value()))
        .returning(COMPLAINT.ID)
        .fetch(r -> new ComplaintId(r.getId()));
    if (!ids.isEmpty()) {
      db.update(COMPLAINT_MESSAGE).set(COMPLAINT_MESSAGE.BODY, ERASED)
          .where(COMPLAINT_MESSAGE.TENANT_ID.eq(tenant.value()),
              COMPLAINT_MESSAGE.COMPLAINT_ID.in(ids.stream().map(ComplaintId::value).toList()))
          .execute();
    }
    return ids;
  }

  /** The token of the complaint's status page, for the links in the customer's mail. */
  Optional<String> statusToken(TenantId tenant, ComplaintId id) {
    return db.select(COMPLAINT.STATUS_TOKEN).from(COMPLAINT)
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(id.value()))
        .fetchOptional(COMPLAINT.STATUS_TOKEN);
  }

  Optional<Complaint> byStatusToken(TenantId tenant, String token) {
    return db.selectFrom(COMPLAINT).where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.STATUS_TOKEN.eq(token))
        .fetchOptional(Complaints::complaint);
  }

  /** Which complaints a caller may see: all, those of some units, or those assigned to a member. */
  record Visibility(boolean all, Collection<UnitId> units, boolean unassigned, MemberId assignee) {
    Condition condition() {
      return all ? DSL.trueCondition() : orAsAssignee(byUnit(COMPLAINT.UNIT_ID), COMPLAINT.ASSIGNEE_ID);
    }

    /** What the caller sees by the unit in {@code unit}: all, their units', and those without a unit if they may. */
    Condition byUnit(Field<UUID> unit) {
      if (all) {
        return DSL.trueCondition();
      }
      Condition byUnit = units.isEmpty() ? DSL.falseCondition() : unit.in(units.stream().map(UnitId::value).toList());
      return unassigned ? byUnit.or(unit.isNull()) : byUnit;
    }

    /** What the caller sees only as its assignee, not by its unit; null when nothing can be. */
    Condition asAssigneeBeyondUnits(Field<UUID> unit, Field<UUID> assigneeField) {
      if (all || assignee == null) {
        return null;
      }
      Condition outside = (unassigned ? DSL.falseCondition() : unit.isNull())
          .or(unit.isNotNull().and(units.isEmpty() ? DSL.trueCondition()
              : unit.notIn(units.stream().map(UnitId::value).toList())));
      return assigneeField.eq(assignee.value()).and(outside);
    }

    private Condition orAsAssignee(Condition byUnit, Field<UUID> assigneeField) {
      return assignee == null ? byUnit : byUnit.or(assigneeField.eq(assignee.value()));
    }

    boolean sees(Complaint c) {
      return all || (c.assignee() != null && c.assignee().equals(assignee))
          || (c.unit() == null ? unassigned : units.contains(c.unit()));
    }
  }

  InboxPage page(TenantId tenant, Visibility visibility, InboxFilter f, InboxSort sort, boolean descending, int page, int size) {
    Condition where = COMPLAINT.TENANT_ID.eq(tenant.value()).and(visibility.condition());
    if (f.status() != null) {
      where = where.and(COMPLAINT.STATUS.eq(f.status().name()));
    }
    if (f.categoryId() != null) {
      where = where.and(COMPLAINT.CATEGORY_ID.eq(f.categoryId()));
    }
    if (f.priorityId() != null) {
      where = where.and(COMPLAINT.PRIORITY_ID.eq(f.priorityId()));
    }
    if (f.unit() != null) {
      where = where.and(COMPLAINT.UNIT_ID.eq(f.unit().value()));
    }
    if (f.assignee() != null) {
      where = where.and(COMPLAINT.ASSIGNEE_ID.eq(f.assignee().value()));
    }
    if (f.touchpoint() != null) {
      where = where.and(COMPLAINT.TOUCHPOINT.eq(f.touchpoint()));
    }
    if (f.sla() != null) {
      where = where.and(slaCondition(f.sla(), SlaClocks.at(clock.instant())));
    }
    boolean searching = f.query() != null && !f.query().isBlank();
    if (searching) {
      where = where.and(searched(tenant, f.query().strip()));
    }
    var column = switch (sort) {
      case CREATED_AT -> COMPLAINT.CREATED_AT;
      case UPDATED_AT -> COMPLAINT.UPDATED_AT;
      case REFERENCE -> COMPLAINT.NUMBER;
      case STATUS -> COMPLAINT.STATUS;
      case DUE_AT -> COMPLAINT.SLA_DUE_AT;
    };
    // complaints without a running clock have no due time: last in either direction; the other columns are never
    // null, and a plain order lets their indexes give the first page without sorting all matches
    SortField<?> order = descending ? column.desc() : column.asc();
    if (sort == InboxSort.DUE_AT) {
      order = descending ? column.desc().nullsLast() : column.asc().nullsLast();
    }
    long countedUpTo = Math.max(searching ? SEARCH_COUNT_LIMIT : COUNT_LIMIT, (long) page * size + size);
    long total = boundedCount(where, countedUpTo);
    Instant now = clock.instant();
    List<ComplaintRecord> rows = db.selectFrom(COMPLAINT).where(where).orderBy(order, COMPLAINT.NUMBER.desc())
        .limit(size).offset((long) page * size).fetch();
    Map<ComplaintId, SlaSummary> sla = new HashMap<>();
    rows.forEach(r -> sla.put(new ComplaintId(r.getId()), SlaSummary.of(SlaClocks.instant(r.getSlaDueAt()),
        SlaClocks.instant(r.getSlaWarningAt()), r.getSlaBreached(), now)));
    return new InboxPage(rows.stream().map(Complaints::complaint).toList(), total, total <= countedUpTo, sla);
  }

  /**
   * The complaints a search finds: those with, for each term of the query, a word of their subject, description or
   * order reference that starts with it ("refund rec" finds "Refund not received", "ORD-123" finds ORD-12345), and
   * the complaint whose reference the query is (C-000123 or 123). Terms and words are as the database splits them
   * (021-complaints-inbox-search.sql) and are read from the index of words, so a search without a match ends at once
   * however many complaints there are.
   */
  private Condition searched(TenantId tenant, String query) {
    List<Condition> startWords = searchTerms(query).stream().map(term -> {
      Condition startsWith = COMPLAINT_WORD.TENANT_ID.eq(tenant.value()).and(COMPLAINT_WORD.WORD.ge(term));
      String after = afterAllStartingWith(term);
      return after == null ? startsWith : startsWith.and(COMPLAINT_WORD.WORD.lt(after));
    }).toList();
    String digits = query.replaceFirst("(?i)^c-", "");
    if (!digits.matches("\\d{1,15}")) {
      return startWords.isEmpty() ? DSL.falseCondition() : DSL.and(startWords.stream().map(startsWith -> {
        var hasWord = DSL.selectOne().from(COMPLAINT_WORD)
            .where(startsWith, COMPLAINT_WORD.NUMBER.eq(COMPLAINT.NUMBER));
        // A frequent word is asked of each complaint met in the inbox's order: "offset 0" keeps PostgreSQL from
        // turning the question into a join that first reads all its complaints (145,000 of a million for
        // "refund"). A rare word's few complaints are read first, from the index of words.
        return DSL.exists(frequent(startsWith) ? hasWord.offset(DSL.inline(0)) : hasWord);
      }).toList());
    }
    // a reference or number (one term): that complaint and those with a word starting with it (a number's words are
    // rare), as one list of numbers; "exists ... or number = ?" would ask every complaint for its words
    Select<Record1<Long>> numbers = DSL.select(DSL.val(Long.parseLong(digits)));
    if (!startWords.isEmpty()) {
      numbers = DSL.select(COMPLAINT_WORD.NUMBER).from(COMPLAINT_WORD).where(startWords.getFirst()).union(numbers);
    }
    return COMPLAINT.NUMBER.in(numbers);
  }

  /** Whether at least {@link #FREQUENT_WORD} rows of the index of words match. */
  private boolean frequent(Condition startsWith) {
    return db.fetchCount(DSL.selectOne().from(COMPLAINT_WORD).where(startsWith).limit(FREQUENT_WORD))
        >= FREQUENT_WORD;
  }

  /**
   * From how many complaints on a word is found faster by asking the complaints met in the inbox's order than by
   * reading its complaints from the index of words (measured with infra/bench/complaints-benchmark.sh).
   */
  static final int FREQUENT_WORD = 10_000;

  /**
   * The query's terms as the database splits them, each cut to the length the index keeps of a word, the longest
   * {@link #MAX_TERMS} of them (the most telling; a query of many short words would otherwise ask the index once for
   * each).
   */
  private List<String> searchTerms(String query) {
    return Arrays.stream(db.fetchValue(DSL.field("array(select complaints.search_terms({0}))", String[].class,
            DSL.val(query))))
        .map(term -> term.codePointCount(0, term.length()) <= WORD_LENGTH ? term
            : term.substring(0, term.offsetByCodePoints(0, WORD_LENGTH)))
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .limit(MAX_TERMS)
        .toList();
  }

  /** How many of a query's terms the search asks for at most. */
  static final int MAX_TERMS = 8;

  /** How many characters of a word the index keeps (021-complaints-inbox-search.sql). */
  static final int WORD_LENGTH = 60;

  /**
   * The least text after every text starting with {@code prefix} in byte (code point) order, the words' collation:
   * the prefix with its last character raised by one; null if there is none.
   */
  static String afterAllStartingWith(String prefix) {
    int[] codePoints = prefix.codePoints().toArray();
    for (int i = codePoints.length - 1; i >= 0; i--) {
      int next = codePoints[i] + 1 == Character.MIN_SURROGATE ? Character.MAX_SURROGATE + 1 : codePoints[i] + 1;
      if (next <= Character.MAX_CODE_POINT) {
        codePoints[i] = next;
        return new String(codePoints, 0, i + 1);
      }
    }
    return null;
  }

  /**
   * How many complaints the inbox counts at most for a page's total, unless the page itself reaches further. Counting
   * is the inbox's dearest part: the page reads 25 complaints from an index, the count reads every match up to its
   * limit (measured with infra/bench/complaints-benchmark.sh: 10,000 took most of a page's time). "More than 1,000"
   * says as much to someone reading an inbox.
   */
  static final long COUNT_LIMIT = 1_000;

  /**
   * How many complaints a search counts at most: a frequent word's matches are counted by asking complaint after
   * complaint, and "more than 100" is as good an answer to a search, which one narrows rather than pages through.
   */
  static final long SEARCH_COUNT_LIMIT = 100;

  /**
   * The number of complaints matching {@code where} up to {@code limit}; beyond that {@code limit} plus one, meaning
   * "more than the limit". The limit reaches at least the end of the page asked for, so a client that offers a next
   * page while the page's end is below the total stays right.
   */
  private long boundedCount(Condition where, long limit) {
    return db.fetchCount(db.selectOne().from(COMPLAINT).where(where).limit(limit + 1));
  }

  /**
   * The inbox's SLA states at {@code now} (see {@link SlaState}); the due and warning times are those of the running
   * clocks, kept on the complaint row.
   */
  static Condition slaCondition(SlaState state, OffsetDateTime now) {
    Condition breached = COMPLAINT.SLA_BREACHED.isTrue().or(COMPLAINT.SLA_DUE_AT.le(now));
    Condition notBreached = COMPLAINT.SLA_BREACHED.isFalse().and(COMPLAINT.SLA_DUE_AT.gt(now));
    return switch (state) {
      case BREACHED -> breached;
      case WARNING -> notBreached.and(COMPLAINT.SLA_WARNING_AT.le(now));
      case OK -> notBreached.and(COMPLAINT.SLA_WARNING_AT.gt(now));
      case DUE_SOON -> notBreached.and(COMPLAINT.SLA_DUE_AT.le(now.plus(SlaState.DUE_SOON_WITHIN)));
    };
  }

  void classify(TenantId tenant, ComplaintId id, UUID categoryId, UUID priorityId) {
    db.update(COMPLAINT)
        .set(COMPLAINT.CATEGORY_ID, categoryId)
        .set(COMPLAINT.PRIORITY_ID, priorityId)
        .set(COMPLAINT.UPDATED_AT, OffsetDateTime.now(clock))
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(id.value()))
        .execute();
  }

  void changeStatus(TenantId tenant, ComplaintId id, ComplaintStatus status) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    db.update(COMPLAINT)
        .set(COMPLAINT.STATUS, status.name())
        .set(COMPLAINT.UPDATED_AT, now)
        .set(COMPLAINT.RESOLVED_AT, status == ComplaintStatus.RESOLVED ? DSL.val(now) : COMPLAINT.RESOLVED_AT)
        .set(COMPLAINT.CLOSED_AT, status == ComplaintStatus.CLOSED ? DSL.val(now) : DSL.castNull(COMPLAINT.CLOSED_AT))
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(id.value()))
        .execute();
  }

  void assign(TenantId tenant, ComplaintId id, UnitId unit, MemberId assignee) {
    db.update(COMPLAINT)
        .set(COMPLAINT.UNIT_ID, unit == null ? null : unit.value())
        .set(COMPLAINT.ASSIGNEE_ID, assignee == null ? null : assignee.value())
        .set(COMPLAINT.UPDATED_AT, OffsetDateTime.now(clock))
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(id.value()))
        .execute();
  }

  void touch(TenantId tenant, ComplaintId id) {
    db.update(COMPLAINT).set(COMPLAINT.UPDATED_AT, OffsetDateTime.now(clock))
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(id.value())).execute();
  }

  Map<ComplaintStatus, Long> countByStatus(TenantId tenant) {
    Map<ComplaintStatus, Long> counts = new EnumMap<>(ComplaintStatus.class);
    for (ComplaintStatus s : ComplaintStatus.values()) {
      counts.put(s, 0L);
    }
    db.select(COMPLAINT.STATUS, DSL.count()).from(COMPLAINT).where(COMPLAINT.TENANT_ID.eq(tenant.value()))
        .groupBy(COMPLAINT.STATUS)
        .forEach(r -> counts.put(ComplaintStatus.valueOf(r.value1()), r.value2().longValue()));
    return counts;
  }

  private static Complaint complaint(ComplaintRecord r) {
    return new Complaint(new ComplaintId(r.getId()), Complaint.reference(r.getNumber()),
        new CustomerId(r.getCustomerId()), ComplaintKind.valueOf(r.getKind()), Channel.valueOf(r.getChannel()),
        r.getTouchpoint(), ComplaintStatus.valueOf(r.getStatus()), r.getCategoryId(), r.getPriorityId(),
        r.getUnitId() == null ? null : new UnitId(r.getUnitId()),
        r.getAssigneeId() == null ? null : new MemberId(r.getAssigneeId()), r.getSubject(), r.getDescription(),
        r.getOrderReference(), r.getCreatedAt(), r.getUpdatedAt());
  }
}

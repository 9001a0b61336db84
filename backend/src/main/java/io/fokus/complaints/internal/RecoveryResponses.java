package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.COMPLAINT;
import static fokus.db.complaints.Tables.RECOVERY_RESPONSE;

import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.ComplaintStatus;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.ScoreType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The detractor answers that opened recovery cases or were added to them, and the customers' open cases. */
@Repository
class RecoveryResponses {

  /** A recovery case is open until it is resolved or closed; a later detractor answer then opens a new one. */
  static final List<String> OPEN = List.of(ComplaintStatus.NEW.name(), ComplaintStatus.OPEN.name(),
      ComplaintStatus.WAITING_FOR_CUSTOMER.name());

  private final DSLContext db;

  RecoveryResponses(DSLContext db) {
    this.db = db;
  }

  /** Serialises the recovery handling of one customer until the transaction ends: one open case at a time. */
  void lockCustomer(TenantId tenant, CustomerId customer) {
    db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))",
        DSL.val("complaints.recovery:" + tenant + ":" + customer));
  }

  boolean isLinked(TenantId tenant, ResponseId response) {
    return db.fetchExists(RECOVERY_RESPONSE, RECOVERY_RESPONSE.TENANT_ID.eq(tenant.value())
        .and(RECOVERY_RESPONSE.RESPONSE_ID.eq(response.value())));
  }

  /** The customer's open recovery case, the oldest if there should be several. */
  Optional<ComplaintId> openCase(TenantId tenant, CustomerId customer) {
    return db.select(COMPLAINT.ID).from(COMPLAINT)
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.CUSTOMER_ID.eq(customer.value()),
            COMPLAINT.KIND.eq(ComplaintKind.RECOVERY.name()), COMPLAINT.STATUS.in(OPEN))
        .orderBy(COMPLAINT.CREATED_AT, COMPLAINT.NUMBER)
        .limit(1)
        .fetchOptional(r -> new ComplaintId(r.value1()));
  }

  void link(TenantId tenant, ResponseId response, ComplaintId complaint, ScoreType type, int score,
      Instant submittedAt) {
    db.insertInto(RECOVERY_RESPONSE)
        .set(RECOVERY_RESPONSE.TENANT_ID, tenant.value())
        .set(RECOVERY_RESPONSE.RESPONSE_ID, response.value())
        .set(RECOVERY_RESPONSE.COMPLAINT_ID, complaint.value())
        .set(RECOVERY_RESPONSE.SCORE_TYPE, type.name())
        .set(RECOVERY_RESPONSE.SCORE, score)
        .set(RECOVERY_RESPONSE.SUBMITTED_AT, submittedAt.atOffset(ZoneOffset.UTC))
        .execute();
  }

  /** The answers linked to a recovery case, oldest first. */
  List<ClosedLoop.RecoveryAnswer> of(TenantId tenant, ComplaintId complaint) {
    return db.selectFrom(RECOVERY_RESPONSE)
        .where(RECOVERY_RESPONSE.TENANT_ID.eq(tenant.value()), RECOVERY_RESPONSE.COMPLAINT_ID.eq(complaint.value()))
        .orderBy(RECOVERY_RESPONSE.SUBMITTED_AT, RECOVERY_RESPONSE.RESPONSE_ID)
        .fetch(r -> new ClosedLoop.RecoveryAnswer(r.getResponseId(), ScoreType.valueOf(r.getScoreType()),
            r.getScore(), r.getSubmittedAt().toInstant()));
  }
}

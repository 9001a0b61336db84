package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.COMPLAINT;

import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.ComplaintStatus;
import io.fokus.complaints.internal.ClosedLoop.Closure;
import io.fokus.complaints.internal.ComplaintService.Kind;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.RuleViolation;
import io.fokus.platform.tenancy.TenantId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * What a complaint is closed with: the root cause (of the tenant's list) and whether the customer's issue was
 * resolved. A recovery case cannot be closed without both (DESIGN.md §8); any other complaint may record them.
 */
@Component
class Closures {

  private final DSLContext db;
  private final Classifications classifications;

  Closures(DSLContext db, Classifications classifications) {
    this.db = db;
    this.classifications = classifications;
  }

  /**
   * Checks and stores the closure of a status change to {@code status}; nothing to store for other statuses, where a
   * closure is a mistake.
   */
  void apply(TenantId tenant, Complaint complaint, ComplaintStatus status, Closure closure) {
    boolean given = closure != null && (closure.rootCauseId() != null || closure.issueResolved() != null);
    if (status != ComplaintStatus.CLOSED) {
      if (given) {
        throw new InvalidException("rootCauseId", "a root cause and issueResolved are given only when closing");
      }
      return;
    }
    if (complaint.kind() == ComplaintKind.RECOVERY
        && (!given || closure.rootCauseId() == null || closure.issueResolved() == null)) {
      throw new RuleViolation("rootCauseId", "closing a recovery case needs a root cause (rootCauseId) and whether "
          + "the customer's issue was resolved (issueResolved)");
    }
    if (!given) {
      return;
    }
    if (closure.rootCauseId() != null
        && classifications.find(tenant, Kind.ROOT_CAUSE, closure.rootCauseId()).isEmpty()) {
      throw new InvalidException("rootCauseId", "is not a root cause of the tenant");
    }
    db.update(COMPLAINT)
        .set(COMPLAINT.ROOT_CAUSE_ID, closure.rootCauseId())
        .set(COMPLAINT.ISSUE_RESOLVED, closure.issueResolved())
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(complaint.id().value()))
        .execute();
  }

  Closure of(TenantId tenant, ComplaintId complaint) {
    return db.select(COMPLAINT.ROOT_CAUSE_ID, COMPLAINT.ISSUE_RESOLVED).from(COMPLAINT)
        .where(COMPLAINT.TENANT_ID.eq(tenant.value()), COMPLAINT.ID.eq(complaint.value()))
        .fetchOptional(r -> new Closure(r.value1(), r.value2()))
        .orElse(new Closure(null, null));
  }
}

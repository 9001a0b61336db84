package io.fokus.complaints.internal;

import static fokus.db.complaints.Tables.COMPLAINT_MESSAGE;

import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintMessage;
import io.fokus.complaints.MessageType;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The conversations of the tenant's complaints. */
@Repository
class ComplaintMessages {

  private final DSLContext db;

  ComplaintMessages(DSLContext db) {
    this.db = db;
  }

  ComplaintMessage add(TenantId tenant, ComplaintId complaint, MessageType type, MemberId author, String body) {
    UUID id = UUID.randomUUID();
    return db.insertInto(COMPLAINT_MESSAGE)
        .set(COMPLAINT_MESSAGE.TENANT_ID, tenant.value())
        .set(COMPLAINT_MESSAGE.ID, id)
        .set(COMPLAINT_MESSAGE.COMPLAINT_ID, complaint.value())
        .set(COMPLAINT_MESSAGE.TYPE, type.name())
        .set(COMPLAINT_MESSAGE.AUTHOR_ID, author == null ? null : author.value())
        .set(COMPLAINT_MESSAGE.BODY, body)
        .returning(COMPLAINT_MESSAGE.CREATED_AT)
        .fetchOne(r -> new ComplaintMessage(id, type, author, body, r.getCreatedAt()));
  }

  /** The conversation, oldest first; {@code withNotes} false leaves out internal notes (for the customer). */
  List<ComplaintMessage> of(TenantId tenant, ComplaintId complaint, boolean withNotes) {
    var where = COMPLAINT_MESSAGE.TENANT_ID.eq(tenant.value()).and(COMPLAINT_MESSAGE.COMPLAINT_ID.eq(complaint.value()));
    if (!withNotes) {
      where = where.and(COMPLAINT_MESSAGE.TYPE.ne(MessageType.INTERNAL_NOTE.name()));
    }
    return db.selectFrom(COMPLAINT_MESSAGE).where(where)
        .orderBy(COMPLAINT_MESSAGE.CREATED_AT, COMPLAINT_MESSAGE.ID)
        .fetch(r -> new ComplaintMessage(r.getId(), MessageType.valueOf(r.getType()),
            r.getAuthorId() == null ? null : new MemberId(r.getAuthorId()), r.getBody(), r.getCreatedAt()));
  }
}

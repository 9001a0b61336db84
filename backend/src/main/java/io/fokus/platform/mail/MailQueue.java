package io.fokus.platform.mail;

import static fokus.db.mail.Tables.OUTBOX;

import io.fokus.platform.tenancy.Tenancy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox modules queue mail into, in the current tenant and the caller's transaction: a mail is sent only when
 * what caused it committed, and it is sent even if the process stops right after ({@link MailDispatch} sends it).
 * Without SMTP configured the mail stays queued, as the send log shows.
 */
@Component
public class MailQueue {

  private final DSLContext db;
  private final Clock clock;

  MailQueue(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  /** Queues the mail to go out now; false when a mail with its key was queued before. */
  @Transactional
  public boolean queue(Mail mail) {
    return queue(mail, OffsetDateTime.now(clock));
  }

  /** Queues the mail to go out at {@code notBefore}; false when a mail with its key was queued before. */
  @Transactional
  public boolean queue(Mail mail, OffsetDateTime notBefore) {
    return db.insertInto(OUTBOX)
        .set(OUTBOX.TENANT_ID, Tenancy.requireTenant().value())
        .set(OUTBOX.ID, UUID.randomUUID())
        .set(OUTBOX.KIND, mail.kind())
        .set(OUTBOX.DEDUP_KEY, mail.key())
        .set(OUTBOX.RECIPIENT, mail.recipient())
        .set(OUTBOX.SUBJECT, mail.subject())
        .set(OUTBOX.BODY, mail.body())
        .set(OUTBOX.NEXT_ATTEMPT_AT, notBefore)
        .set(OUTBOX.CREATED_AT, OffsetDateTime.now(clock))
        .onConflictDoNothing()
        .execute() == 1;
  }

  /**
   * Forgets a person's mail (they were erased): mail not yet sent is dropped, the log keeps that a mail went out but
   * not to whom nor what it said.
   */
  @Transactional
  public void forget(String recipient) {
    var tenant = Tenancy.requireTenant().value();
    db.deleteFrom(OUTBOX).where(OUTBOX.TENANT_ID.eq(tenant), OUTBOX.RECIPIENT.eq(recipient),
        OUTBOX.STATUS.eq(MailState.PENDING.name())).execute();
    db.update(OUTBOX).setNull(OUTBOX.RECIPIENT).setNull(OUTBOX.BODY).setNull(OUTBOX.LAST_ERROR)
        .where(OUTBOX.TENANT_ID.eq(tenant), OUTBOX.RECIPIENT.eq(recipient)).execute();
  }

  /**
   * Forgets the mail whose key starts with the prefix (the mail about a record of an erased person, when their address
   * is no longer known): pending mail is dropped, the log keeps that a mail went out, not to whom nor what it said.
   */
  @Transactional
  public void forgetKeyed(String keyPrefix) {
    var tenant = Tenancy.requireTenant().value();
    db.deleteFrom(OUTBOX).where(OUTBOX.TENANT_ID.eq(tenant), OUTBOX.DEDUP_KEY.startsWith(keyPrefix),
        OUTBOX.STATUS.eq(MailState.PENDING.name())).execute();
    db.update(OUTBOX).setNull(OUTBOX.RECIPIENT).setNull(OUTBOX.BODY).setNull(OUTBOX.LAST_ERROR)
        .where(OUTBOX.TENANT_ID.eq(tenant), OUTBOX.DEDUP_KEY.startsWith(keyPrefix)).execute();
  }

  /** What the log shows of a queued mail. */
  public record Logged(UUID id, String kind, String key, String recipient, String subject, MailState state,
      int attempts, String lastError, OffsetDateTime createdAt, OffsetDateTime sentAt) {
  }

  /** The queued mail whose key starts with the prefix, newest first (a complaint's mail, a member's notices). */
  @Transactional(readOnly = true)
  public java.util.List<Logged> log(String keyPrefix, int limit) {
    return db.selectFrom(OUTBOX)
        .where(OUTBOX.TENANT_ID.eq(Tenancy.requireTenant().value()), OUTBOX.DEDUP_KEY.startsWith(keyPrefix))
        .orderBy(OUTBOX.CREATED_AT.desc(), OUTBOX.ID)
        .limit(limit)
        .fetch(r -> new Logged(r.getId(), r.getKind(), r.getDedupKey(), r.getRecipient(), r.getSubject(),
            MailState.valueOf(r.getStatus()), r.getAttempts(), r.getLastError(), r.getCreatedAt(), r.getSentAt()));
  }
}

package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.INVITATION;
import static fokus.db.surveys.Tables.MAIL_OUTBOX;

import io.fokus.customers.CustomerId;
import io.fokus.platform.mail.MailBackoff;
import io.fokus.platform.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The outbox of survey mail: queued with the invitation, sent by {@link MailDispatcher}, kept as the send log. */
@Repository
class MailOutbox {

  private final DSLContext db;

  MailOutbox(DSLContext db) {
    this.db = db;
  }

  /** Queues a mail that is sent at once, or not before {@code notBefore} when that is given. */
  void enqueue(TenantId tenant, UUID surveyId, UUID invitationId, MailKind kind, String recipient, String subject,
      String body, OffsetDateTime notBefore) {
    db.insertInto(MAIL_OUTBOX)
        .set(MAIL_OUTBOX.TENANT_ID, tenant.value())
        .set(MAIL_OUTBOX.ID, UUID.randomUUID())
        .set(MAIL_OUTBOX.SURVEY_ID, surveyId)
        .set(MAIL_OUTBOX.INVITATION_ID, invitationId)
        .set(MAIL_OUTBOX.KIND, kind.name())
        .set(MAIL_OUTBOX.RECIPIENT, recipient)
        .set(MAIL_OUTBOX.SUBJECT, subject)
        .set(MAIL_OUTBOX.BODY, body)
        .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, notBefore == null ? OffsetDateTime.now() : notBefore)
        .execute();
  }

  /** A queued mail that is due: what is sent, and how often sending it failed so far. */
  record DueMail(UUID id, UUID invitationId, String recipient, String subject, String body, int attempts,
      OffsetDateTime nextAttemptAt) {
  }

  /** Due mail of the tenant, locked; rows another instance is sending are skipped, not waited for. */
  List<DueMail> lockDue(TenantId tenant, int limit) {
    return db.selectFrom(MAIL_OUTBOX)
        .where(MAIL_OUTBOX.TENANT_ID.eq(tenant.value()), MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()),
            MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(OffsetDateTime.now()))
        .orderBy(MAIL_OUTBOX.NEXT_ATTEMPT_AT)
        .limit(limit)
        .forUpdate().skipLocked()
        .fetch(r -> new DueMail(r.getId(), r.getInvitationId(), r.getRecipient(), r.getSubject(), r.getBody(),
            r.getAttempts(), r.getNextAttemptAt()));
  }

  void sent(TenantId tenant, UUID id) {
    db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, MailStatus.SENT.name())
        .set(MAIL_OUTBOX.SENT_AT, OffsetDateTime.now())
        .set(MAIL_OUTBOX.ATTEMPTS, MAIL_OUTBOX.ATTEMPTS.plus(1)).set(MAIL_OUTBOX.LAST_ERROR, (String) null)
        .where(MAIL_OUTBOX.TENANT_ID.eq(tenant.value()), MAIL_OUTBOX.ID.eq(id)).execute();
  }

  /** Gives the mail up without sending it, for the reason given. */
  void withheld(TenantId tenant, UUID id, String reason) {
    db.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATUS, MailStatus.FAILED.name()).set(MAIL_OUTBOX.LAST_ERROR, reason)
        .where(MAIL_OUTBOX.TENANT_ID.eq(tenant.value()), MAIL_OUTBOX.ID.eq(id)).execute();
  }

  void failed(TenantId tenant, DueMail mail, String error) {
    int attempts = mail.attempts() + 1;
    var wait = MailBackoff.after(attempts);
    boolean giveUp = wait.isEmpty();
    db.update(MAIL_OUTBOX)
        .set(MAIL_OUTBOX.ATTEMPTS, attempts)
        .set(MAIL_OUTBOX.LAST_ERROR, error)
        .set(MAIL_OUTBOX.STATUS, (giveUp ? MailStatus.FAILED : MailStatus.PENDING).name())
        .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, giveUp ? mail.nextAttemptAt()
            : OffsetDateTime.now().plus(wait.get()))
        .where(MAIL_OUTBOX.TENANT_ID.eq(tenant.value()), MAIL_OUTBOX.ID.eq(mail.id()))
        .execute();
  }

  List<MailView> log(TenantId tenant, UUID surveyId, int page, int size) {
    return db.selectFrom(MAIL_OUTBOX)
        .where(MAIL_OUTBOX.TENANT_ID.eq(tenant.value()), MAIL_OUTBOX.SURVEY_ID.eq(surveyId))
        .orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID)
        .limit(size).offset((long) page * size)
        .fetch(r -> new MailView(r.getId(), r.getKind(), r.getRecipient(), r.getStatus(), r.getAttempts(),
            r.getLastError(), r.getCreatedAt(), r.getSentAt()));
  }

  long count(TenantId tenant, UUID surveyId) {
    return db.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.TENANT_ID.eq(tenant.value())
        .and(MAIL_OUTBOX.SURVEY_ID.eq(surveyId)));
  }

  /** An unanswered invitation that is due for a reminder, with what the mail needs. */
  record DueReminder(UUID invitationId, UUID surveyId, String token, CustomerId customerId) {
  }

  /**
   * Claims the unanswered invitations due for a reminder (older than the tenant's reminder delay, fewer reminders
   * than its maximum, last reminder at least that delay ago) by counting the reminder at once, so concurrent runs
   * never remind twice. An erased customer's invitations (without token) are never due.
   */
  List<DueReminder> claimDueReminders(TenantId tenant, Invitations.Reminders reminders, int limit) {
    OffsetDateTime threshold = OffsetDateTime.now().minusDays(reminders.afterDays());
    var due = db.select(INVITATION.ID).from(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.STATUS.eq(InvitationStatus.PENDING.name()),
            INVITATION.TOKEN.isNotNull(),
            DSL.coalesce(INVITATION.NOT_BEFORE, INVITATION.CREATED_AT).le(threshold), // a scheduled one counts from its mail
            INVITATION.REMINDERS.lt(reminders.max()),
            INVITATION.LAST_REMINDED_AT.isNull().or(INVITATION.LAST_REMINDED_AT.le(threshold)))
        .orderBy(INVITATION.CREATED_AT)
        .limit(limit)
        .forUpdate().skipLocked();
    return db.update(INVITATION)
        .set(INVITATION.REMINDERS, INVITATION.REMINDERS.plus(1))
        .set(INVITATION.LAST_REMINDED_AT, OffsetDateTime.now())
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.in(due))
        .returning(INVITATION.ID, INVITATION.SURVEY_ID, INVITATION.TOKEN, INVITATION.CUSTOMER_ID)
        .fetch(r -> new DueReminder(r.getId(), r.getSurveyId(), r.getToken(), new CustomerId(r.getCustomerId())));
  }

  /**
   * Forgets the personal data in the mails of these invitations: mail not yet sent is dropped, the send log keeps
   * that a mail went out but not to whom nor what it said (the text has the greeting and the link).
   */
  void forget(TenantId tenant, Collection<UUID> invitationIds) {
    if (invitationIds.isEmpty()) {
      return;
    }
    db.deleteFrom(MAIL_OUTBOX)
        .where(MAIL_OUTBOX.TENANT_ID.eq(tenant.value()), MAIL_OUTBOX.INVITATION_ID.in(invitationIds),
            MAIL_OUTBOX.STATUS.eq(MailStatus.PENDING.name()))
        .execute();
    db.update(MAIL_OUTBOX).setNull(MAIL_OUTBOX.RECIPIENT).setNull(MAIL_OUTBOX.BODY).setNull(MAIL_OUTBOX.LAST_ERROR)
        .where(MAIL_OUTBOX.TENANT_ID.eq(tenant.value()), MAIL_OUTBOX.INVITATION_ID.in(invitationIds),
            MAIL_OUTBOX.RECIPIENT.isNotNull().or(MAIL_OUTBOX.BODY.isNotNull()))
        .execute();
  }

}

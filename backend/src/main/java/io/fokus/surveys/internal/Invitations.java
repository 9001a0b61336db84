package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.INVITATION;
import static fokus.db.surveys.Tables.SETTINGS;

import fokus.db.surveys.tables.records.InvitationRecord;
import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Personal invitations of customers and the tenant's reminder settings. The customers themselves live in the
 * customer directory; an invitation knows its customer by id.
 */
@Repository
class Invitations {

  private final DSLContext db;
  private final CustomerDirectory directory;

  Invitations(DSLContext db, CustomerDirectory directory) {
    this.db = db;
    this.directory = directory;
  }

  /** An invitation: its customer, its state and its single-use token (null once the customer was erased). */
  record Invitation(UUID id, UUID surveyId, CustomerId customerId, InvitationStatus status, String token,
      OffsetDateTime createdAt, OffsetDateTime answeredAt, int reminders, String context, OffsetDateTime notBefore) {
  }

  /** When unanswered invitations are reminded: after this many days, at most this many times. */
  record Reminders(int afterDays, int max) {

    static final Reminders DEFAULT = new Reminders(3, 1);
  }

  Reminders reminders(TenantId tenant) {
    return db.select(SETTINGS.REMINDER_AFTER_DAYS, SETTINGS.MAX_REMINDERS).from(SETTINGS)
        .where(SETTINGS.TENANT_ID.eq(tenant.value()))
        .fetchOptional(r -> new Reminders(r.value1(), r.value2()))
        .orElse(Reminders.DEFAULT);
  }

  void saveReminders(TenantId tenant, Reminders reminders) {
    db.insertInto(SETTINGS).set(SETTINGS.TENANT_ID, tenant.value())
        .set(SETTINGS.REMINDER_AFTER_DAYS, reminders.afterDays())
        .set(SETTINGS.MAX_REMINDERS, reminders.max())
        .onConflict(SETTINGS.TENANT_ID).doUpdate()
        .set(SETTINGS.REMINDER_AFTER_DAYS, reminders.afterDays())
        .set(SETTINGS.MAX_REMINDERS, reminders.max())
        .execute();
  }

  UUID invite(TenantId tenant, UUID surveyId, CustomerId customer) {
    return invite(tenant, surveyId, customer, null, null);
  }

  /** An invitation made on request, with the requester's context; its mail is not sent before {@code notBefore}. */
  UUID invite(TenantId tenant, UUID surveyId, CustomerId customer, String context, OffsetDateTime notBefore) {
    UUID id = UUID.randomUUID();
    db.insertInto(INVITATION)
        .set(INVITATION.TENANT_ID, tenant.value())
        .set(INVITATION.ID, id)
        .set(INVITATION.SURVEY_ID, surveyId)
        .set(INVITATION.CUSTOMER_ID, customer.value())
        .set(INVITATION.TOKEN, TenantTokens.create(tenant))
        .set(INVITATION.CONTEXT, context)
        .set(INVITATION.NOT_BEFORE, notBefore)
        .execute();
    return id;
  }

  /** The invitation made for a context. */
  Optional<Invitation> byContext(TenantId tenant, String context) {
    return db.selectFrom(INVITATION).where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.CONTEXT.eq(context))
        .fetchOptional(Invitations::invitation);
  }

  /**
   * Serialises requests of one context until the transaction ends, so two at once make one invitation (the unique
   * index would otherwise fail the second).
   */
  void lockContext(TenantId tenant, String context) {
    db.execute("select pg_advisory_xact_lock(hashtextextended({0}, 0))",
        DSL.val("surveys.context:" + tenant + ":" + context));
  }

  String token(TenantId tenant, UUID invitationId) {
    return db.select(INVITATION.TOKEN).from(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(invitationId)).fetchOne(INVITATION.TOKEN);
  }

  /** The invitation of a link, locked for the rest of the transaction (answering it uses it up). */
  Optional<Invitation> lockByToken(TenantId tenant, String token) {
    return db.selectFrom(INVITATION).where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.TOKEN.eq(token))
        .forUpdate().fetchOptional(Invitations::invitation);
  }

  /** The invited customer, from the customer directory of the current tenant; empty once erased. */
  Optional<Customer> customer(TenantId tenant, UUID customerId) {
    return directory.find(new CustomerId(customerId));
  }

  Map<String, String> attributes(Customer customer) {
    return customer.attributes();
  }

  void markAnswered(TenantId tenant, UUID id) {
    db.update(INVITATION).set(INVITATION.STATUS, InvitationStatus.ANSWERED.name())
        .set(INVITATION.ANSWERED_AT, OffsetDateTime.now())
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(id)).execute();
  }

  List<Invitation> page(TenantId tenant, UUID surveyId, InvitationStatus status, int page, int size) {
    return db.selectFrom(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.SURVEY_ID.eq(surveyId),
            status == null ? DSL.trueCondition() : INVITATION.STATUS.eq(status.name()))
        .orderBy(INVITATION.CREATED_AT.desc(), INVITATION.ID)
        .limit(size).offset((long) page * size)
        .fetch(Invitations::invitation);
  }

  /** The customer's invitations, newest first. */
  List<Invitation> ofCustomer(TenantId tenant, CustomerId customer, int limit) {
    return db.selectFrom(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.CUSTOMER_ID.eq(customer.value()))
        .orderBy(INVITATION.CREATED_AT.desc(), INVITATION.ID)
        .limit(limit)
        .fetch(Invitations::invitation);
  }

  Optional<CustomerId> customerOf(TenantId tenant, UUID invitationId) {
    return db.select(INVITATION.CUSTOMER_ID).from(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(invitationId))
        .fetchOptional(r -> new CustomerId(r.value1()));
  }

  /** The ids of all the customer's invitations. */
  List<UUID> idsOfCustomer(TenantId tenant, CustomerId customer) {
    return db.select(INVITATION.ID).from(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.CUSTOMER_ID.eq(customer.value()))
        .fetch(INVITATION.ID);
  }

  /** Makes the customer's invitation links unusable: their tokens are removed. */
  void forgetTokens(TenantId tenant, CustomerId customer) {
    db.update(INVITATION).setNull(INVITATION.TOKEN)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.CUSTOMER_ID.eq(customer.value()),
            INVITATION.TOKEN.isNotNull())
        .execute();
  }

  /** Invitations of a survey by status. */
  Map<InvitationStatus, Integer> countsByStatus(TenantId tenant, UUID surveyId) {
    return db.select(INVITATION.STATUS, DSL.count()).from(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.SURVEY_ID.eq(surveyId))
        .groupBy(INVITATION.STATUS)
        .fetchMap(r -> InvitationStatus.valueOf(r.value1()), r -> r.value2());
  }

  boolean hasOpenInvitation(TenantId tenant, UUID surveyId, CustomerId customer) {
    return db.fetchExists(INVITATION, INVITATION.TENANT_ID.eq(tenant.value()).and(INVITATION.SURVEY_ID.eq(surveyId))
        .and(INVITATION.CUSTOMER_ID.eq(customer.value()))
        .and(INVITATION.STATUS.eq(InvitationStatus.PENDING.name())));
  }

  private static Invitation invitation(InvitationRecord r) {
    return new Invitation(r.getId(), r.getSurveyId(), new CustomerId(r.getCustomerId()),
        InvitationStatus.valueOf(r.getStatus()), r.getToken(), r.getCreatedAt(), r.getAnsweredAt(), r.getReminders(),
        r.getContext(), r.getNotBefore());
  }
}

package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.CUSTOMER;
import static fokus.db.surveys.Tables.INVITATION;
import static fokus.db.surveys.Tables.SETTINGS;

import fokus.db.surveys.tables.records.CustomerRecord;
import fokus.db.surveys.tables.records.InvitationRecord;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Customers, their personal invitations, and the survey settings of a tenant. */
@Repository
class Invitations {

  static final int DEFAULT_QUIET_PERIOD_DAYS = 30;

  private final DSLContext db;
  private final JsonMapper json;

  Invitations(DSLContext db, JsonMapper json) {
    this.db = db;
    this.json = json;
  }

  int quietPeriodDays(TenantId tenant) {
    return settings(tenant).quietPeriodDays();
  }

  InvitationSettings settings(TenantId tenant) {
    return db.select(SETTINGS.QUIET_PERIOD_DAYS, SETTINGS.REMINDER_AFTER_DAYS, SETTINGS.MAX_REMINDERS).from(SETTINGS)
        .where(SETTINGS.TENANT_ID.eq(tenant.value()))
        .fetchOptional(r -> new InvitationSettings(r.value1(), r.value2(), r.value3()))
        .orElse(new InvitationSettings(DEFAULT_QUIET_PERIOD_DAYS, 3, 1));
  }

  void saveSettings(TenantId tenant, InvitationSettings settings) {
    db.insertInto(SETTINGS).set(SETTINGS.TENANT_ID, tenant.value())
        .set(SETTINGS.QUIET_PERIOD_DAYS, settings.quietPeriodDays())
        .set(SETTINGS.REMINDER_AFTER_DAYS, settings.reminderAfterDays())
        .set(SETTINGS.MAX_REMINDERS, settings.maxReminders())
        .onConflict(SETTINGS.TENANT_ID).doUpdate()
        .set(SETTINGS.QUIET_PERIOD_DAYS, settings.quietPeriodDays())
        .set(SETTINGS.REMINDER_AFTER_DAYS, settings.reminderAfterDays())
        .set(SETTINGS.MAX_REMINDERS, settings.maxReminders())
        .execute();
  }

  /** Creates or updates the customer (name, language, attributes) and locks the row for this transaction. */
  CustomerRecord upsertCustomer(TenantId tenant, String email, String name, String language,
      Map<String, String> attributes) {
    db.insertInto(CUSTOMER)
        .set(CUSTOMER.TENANT_ID, tenant.value())
        .set(CUSTOMER.ID, UUID.randomUUID())
        .set(CUSTOMER.EMAIL, email)
        .set(CUSTOMER.NAME, name)
        .set(CUSTOMER.LANGUAGE, language)
        .set(CUSTOMER.ATTRIBUTES, JSONB.valueOf(json.writeValueAsString(attributes)))
        .onConflict(CUSTOMER.TENANT_ID, CUSTOMER.EMAIL).doUpdate()
        .set(CUSTOMER.NAME, DSL.coalesce(DSL.excluded(CUSTOMER.NAME), CUSTOMER.NAME))
        .set(CUSTOMER.LANGUAGE, DSL.excluded(CUSTOMER.LANGUAGE))
        .set(CUSTOMER.ATTRIBUTES, DSL.field("{0} || {1}", JSONB.class, CUSTOMER.ATTRIBUTES,
            DSL.excluded(CUSTOMER.ATTRIBUTES)))
        .execute();
    return db.selectFrom(CUSTOMER).where(CUSTOMER.TENANT_ID.eq(tenant.value()), CUSTOMER.EMAIL.eq(email))
        .forUpdate().fetchOne();
  }

  UUID invite(TenantId tenant, UUID surveyId, CustomerRecord customer) {
    UUID id = UUID.randomUUID();
    db.insertInto(INVITATION)
        .set(INVITATION.TENANT_ID, tenant.value())
        .set(INVITATION.ID, id)
        .set(INVITATION.SURVEY_ID, surveyId)
        .set(INVITATION.CUSTOMER_ID, customer.getId())
        .set(INVITATION.TOKEN, TenantTokens.create(tenant))
        .execute();
    db.update(CUSTOMER).set(CUSTOMER.LAST_INVITED_AT, OffsetDateTime.now())
        .where(CUSTOMER.TENANT_ID.eq(tenant.value()), CUSTOMER.ID.eq(customer.getId())).execute();
    return id;
  }

  String token(TenantId tenant, UUID invitationId) {
    return db.select(INVITATION.TOKEN).from(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(invitationId)).fetchOne(INVITATION.TOKEN);
  }

  Optional<InvitationRecord> lockByToken(TenantId tenant, String token) {
    return db.selectFrom(INVITATION).where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.TOKEN.eq(token))
        .forUpdate().fetchOptional();
  }

  Optional<CustomerRecord> customer(TenantId tenant, UUID id) {
    return db.selectFrom(CUSTOMER).where(CUSTOMER.TENANT_ID.eq(tenant.value()), CUSTOMER.ID.eq(id)).fetchOptional();
  }

  void markAnswered(TenantId tenant, UUID id) {
    db.update(INVITATION).set(INVITATION.STATUS, "ANSWERED").set(INVITATION.ANSWERED_AT, OffsetDateTime.now())
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.ID.eq(id)).execute();
  }

  List<InvitationView> page(TenantId tenant, UUID surveyId, String status, int page, int size) {
    return db.select(INVITATION.ID, CUSTOMER.EMAIL, CUSTOMER.NAME, CUSTOMER.LANGUAGE, INVITATION.STATUS,
            INVITATION.TOKEN, INVITATION.CREATED_AT, INVITATION.ANSWERED_AT)
        .from(INVITATION).join(CUSTOMER).on(CUSTOMER.TENANT_ID.eq(INVITATION.TENANT_ID),
            CUSTOMER.ID.eq(INVITATION.CUSTOMER_ID))
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.SURVEY_ID.eq(surveyId),
            status == null ? DSL.trueCondition() : INVITATION.STATUS.eq(status))
        .orderBy(INVITATION.CREATED_AT.desc(), INVITATION.ID)
        .limit(size).offset((long) page * size)
        .fetch(r -> new InvitationView(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
            r.value7(), r.value8(), null));
  }

  /** Invitations of a survey by status. */
  Map<String, Integer> countsByStatus(TenantId tenant, UUID surveyId) {
    return db.select(INVITATION.STATUS, DSL.count()).from(INVITATION)
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.SURVEY_ID.eq(surveyId))
        .groupBy(INVITATION.STATUS)
        .fetchMap(INVITATION.STATUS, r -> r.value2());
  }

  boolean hasOpenInvitation(TenantId tenant, UUID surveyId, UUID customerId) {
    return db.fetchExists(INVITATION, INVITATION.TENANT_ID.eq(tenant.value()).and(INVITATION.SURVEY_ID.eq(surveyId))
        .and(INVITATION.CUSTOMER_ID.eq(customerId)).and(INVITATION.STATUS.eq("PENDING")));
  }

  Map<String, String> attributes(CustomerRecord customer) {
    @SuppressWarnings("unchecked")
    Map<String, String> attributes = json.readValue(customer.getAttributes().data(), Map.class);
    return attributes;
  }
}

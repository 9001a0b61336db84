package io.fokus.surveys.internal;

import static fokus.db.surveys.Tables.ANSWER;
import static fokus.db.surveys.Tables.INVITATION;
import static fokus.db.surveys.Tables.RESPONSE;
import static fokus.db.surveys.Tables.SURVEY;

import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.TenantId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * What surveys holds about one customer, across surveys: their invitations and the responses given through them,
 * for the customer's page, and the free-text answers that an erasure removes.
 */
@Repository
class CustomerRecords {

  private final DSLContext db;

  CustomerRecords(DSLContext db) {
    this.db = db;
  }

  List<CustomerActivity.ActivityInvitation> invitations(TenantId tenant, CustomerId customer, int limit) {
    return db.select(INVITATION.SURVEY_ID, SURVEY.NAME, INVITATION.STATUS, INVITATION.CREATED_AT,
            INVITATION.ANSWERED_AT, INVITATION.REMINDERS)
        .from(INVITATION).join(SURVEY).on(SURVEY.TENANT_ID.eq(INVITATION.TENANT_ID),
            SURVEY.ID.eq(INVITATION.SURVEY_ID))
        .where(INVITATION.TENANT_ID.eq(tenant.value()), INVITATION.CUSTOMER_ID.eq(customer.value()))
        .orderBy(INVITATION.CREATED_AT.desc(), INVITATION.ID)
        .limit(limit)
        .fetch(r -> new CustomerActivity.ActivityInvitation(r.value1(), r.value2(), r.value3(), r.value4(),
            r.value5(), r.value6()));
  }

  List<CustomerActivity.ActivityResponse> responses(TenantId tenant, CustomerId customer, int limit) {
    var found = db.select(RESPONSE.SURVEY_ID, SURVEY.NAME, RESPONSE.ID, RESPONSE.SUBMITTED_AT)
        .from(RESPONSE)
        .join(INVITATION).on(INVITATION.TENANT_ID.eq(RESPONSE.TENANT_ID), INVITATION.ID.eq(RESPONSE.INVITATION_ID))
        .join(SURVEY).on(SURVEY.TENANT_ID.eq(RESPONSE.TENANT_ID), SURVEY.ID.eq(RESPONSE.SURVEY_ID))
        .where(RESPONSE.TENANT_ID.eq(tenant.value()), INVITATION.CUSTOMER_ID.eq(customer.value()))
        .orderBy(RESPONSE.SUBMITTED_AT.desc(), RESPONSE.ID)
        .limit(limit)
        .fetch();
    Map<UUID, Map<String, Integer>> scores = new LinkedHashMap<>();
    if (found.isNotEmpty()) {
      db.select(ANSWER.RESPONSE_ID, ANSWER.QUESTION_TYPE, ANSWER.NUMBER_VALUE).from(ANSWER)
          .where(ANSWER.TENANT_ID.eq(tenant.value()), ANSWER.RESPONSE_ID.in(found.getValues(RESPONSE.ID)),
              ANSWER.QUESTION_TYPE.in("NPS", "CSAT", "CES"), ANSWER.NUMBER_VALUE.isNotNull())
          .orderBy(ANSWER.RESPONSE_ID, ANSWER.QUESTION_ID)
          .forEach(r -> scores.computeIfAbsent(r.value1(), id -> new LinkedHashMap<>())
              .putIfAbsent(r.value2(), r.value3()));
    }
    return found.map(r -> new CustomerActivity.ActivityResponse(r.value1(), r.value2(), r.value3(), r.value4(),
        scores.getOrDefault(r.value3(), Map.of())));
  }

  /** Removes the free-text answers of the customer's responses (they may name the customer); scores stay. */
  void forgetTexts(TenantId tenant, CustomerId customer) {
    db.update(ANSWER).setNull(ANSWER.TEXT_VALUE)
        .where(ANSWER.TENANT_ID.eq(tenant.value()), ANSWER.TEXT_VALUE.isNotNull(),
            ANSWER.RESPONSE_ID.in(db.select(RESPONSE.ID).from(RESPONSE)
                .join(INVITATION).on(INVITATION.TENANT_ID.eq(RESPONSE.TENANT_ID),
                    INVITATION.ID.eq(RESPONSE.INVITATION_ID))
                .where(RESPONSE.TENANT_ID.eq(tenant.value()), INVITATION.CUSTOMER_ID.eq(customer.value()))))
        .execute();
  }
}

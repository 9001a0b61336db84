package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.customers.CustomerErased;
import io.fokus.customers.CustomerId;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.ModuleTest;
import io.fokus.support.TenantSql;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Surveys (with the modules it depends on) listens to {@link CustomerErased}: inside the event's tenant it removes the
 * customer's mail and invitation links and free-text answers, keeps the scores, and does so once however often the
 * event arrives. Other tenants' data stays as it was.
 */
@ModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class CustomerErasureModuleTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Tenancy tenancy;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void anErasedCustomersMailLinksAndTextsGoAndTheirScoresStay(Scenario scenario) {
    TenantId tenant = new TenantId(UUID.randomUUID());
    TenantId otherTenant = new TenantId(UUID.randomUUID());
    CustomerId erased = CustomerId.random();
    CustomerId kept = CustomerId.random();
    UUID survey = survey(tenant);
    UUID answered = invite(tenant, survey, erased, "SENT", "erased@c.test");
    invite(tenant, survey, erased, "PENDING", "erased@c.test");
    answer(tenant, survey, answered);
    UUID other = invite(tenant, survey, kept, "PENDING", "kept@c.test");
    UUID otherSurvey = survey(otherTenant);
    invite(otherTenant, otherSurvey, erased, "PENDING", "erased@c.test"); // the same id means nothing elsewhere

    scenario.publish(new CustomerErased(tenant, erased))
        .andWaitForStateChange(() -> count(tenant, "select count(*) from surveys.invitation where token is null"),
            tokensGone -> tokensGone == 2)
        .andVerify(tokensGone -> {
          assertThat(count(tenant, "select count(*) from surveys.mail_outbox where recipient = 'erased@c.test'"))
              .isZero();
          assertThat(count(tenant, "select count(*) from surveys.mail_outbox where status = 'PENDING'"))
              .as("only the kept customer's pending mail").isEqualTo(1);
          assertThat(count(tenant, "select count(*) from surveys.mail_outbox where status = 'SENT'"
              + " and recipient is null and body is null")).as("the log keeps that a mail went out").isEqualTo(1);
          assertThat(count(tenant, "select count(*) from surveys.answer where text_value is not null")).isZero();
          assertThat(count(tenant, "select count(*) from surveys.answer where number_value = 9")).isEqualTo(1);
          assertThat(count(tenant, "select count(*) from surveys.response")).isEqualTo(1);
          assertThat(count(tenant, "select count(*) from surveys.invitation where id = '" + other
              + "' and token is not null")).isEqualTo(1);
          assertThat(count(otherTenant, "select count(*) from surveys.mail_outbox where recipient = 'erased@c.test'"))
              .isEqualTo(1);
        });

    long completed = completedPublications();
    scenario.publish(new CustomerErased(tenant, erased))
        .andWaitForStateChange(this::completedPublications, now -> now > completed)
        .andVerify(now -> {
          assertThat(count(tenant, "select count(*) from surveys.invitation where token is null")).isEqualTo(2);
          assertThat(count(tenant, "select count(*) from surveys.mail_outbox")).isEqualTo(2);
          assertThat(count(tenant, "select count(*) from surveys.answer where number_value = 9")).isEqualTo(1);
        });
  }

  private long completedPublications() {
    return jdbc.queryForObject("select count(*) from event_publication where completion_date is not null",
        Long.class);
  }

  private UUID survey(TenantId tenant) {
    UUID id = UUID.randomUUID();
    inTenant(tenant, "insert into surveys.survey (tenant_id, id, name, audience, touchpoint, status, draft,"
        + " published_version, public_token) values (?, ?, 'NPS', 'CUSTOMER', 'relationship', 'PUBLISHED', '{}', 1,"
        + " ?)", tenant.value(), id, UUID.randomUUID().toString());
    inTenant(tenant, "insert into surveys.survey_version (tenant_id, survey_id, version, definition)"
        + " values (?, ?, 1, '{}')", tenant.value(), id);
    return id;
  }

  private UUID invite(TenantId tenant, UUID survey, CustomerId customer, String mailStatus, String email) {
    UUID id = UUID.randomUUID();
    inTenant(tenant, "insert into surveys.invitation (tenant_id, id, survey_id, customer_id, token)"
        + " values (?, ?, ?, ?, ?)", tenant.value(), id, survey, customer.value(), UUID.randomUUID().toString());
    inTenant(tenant, "insert into surveys.mail_outbox (tenant_id, id, survey_id, invitation_id, kind, recipient,"
        + " subject, body, status) values (?, ?, ?, ?, 'INVITATION', ?, 'NPS', 'Hello, link', ?)", tenant.value(),
        UUID.randomUUID(), survey, id, email, mailStatus);
    return id;
  }

  private void answer(TenantId tenant, UUID survey, UUID invitation) {
    UUID response = UUID.randomUUID();
    inTenant(tenant, "insert into surveys.response (tenant_id, id, survey_id, version, submission_id, invitation_id,"
        + " touchpoint, audience, language) values (?, ?, ?, 1, ?, ?, 'relationship', 'CUSTOMER', 'en')",
        tenant.value(), response, survey, UUID.randomUUID(), invitation);
    inTenant(tenant, "insert into surveys.answer (tenant_id, response_id, question_id, question_type, number_value)"
        + " values (?, ?, 'nps', 'NPS', 9)", tenant.value(), response);
    inTenant(tenant, "insert into surveys.answer (tenant_id, response_id, question_id, question_type, text_value)"
        + " values (?, ?, 'improve', 'TEXT', 'I am Erika, call me')", tenant.value(), response);
    inTenant(tenant, "update surveys.invitation set status = 'ANSWERED' where id = ?", invitation);
  }

  private void inTenant(TenantId tenant, String sql, Object... args) {
    new TenantSql(tenancy, transactionManager, jdbc).update(tenant, sql, args);
  }

  private long count(TenantId tenant, String sql) {
    return new TenantSql(tenancy, transactionManager, jdbc).count(tenant, sql);
  }
}

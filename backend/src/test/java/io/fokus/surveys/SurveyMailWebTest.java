package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.SmtpWebTestSupport;
import io.fokus.support.TenantSql;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/** With SMTP configured, invitations and reminders go out by mail through the outbox, a real SMTP server here. */
class SurveyMailWebTest extends SmtpWebTestSupport {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Tenancy tenancy;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void invitationsAreMailedAndUnansweredOnesRemindedOnce() throws Exception {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    SMTP.purgeEmailFromAllMailboxes(); // the invitations that made the admin and the manager members
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    manager.post("/api/surveys/" + id + "/publish", null);

    JsonNode invited = manager.post("/api/surveys/" + id + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "anna@customer.test", "name", "Anna", "language", "de")))).body().path("invited").get(0);
    assertThat(invited.path("mailQueued").asBoolean()).isTrue();
    assertThat(invited.path("link").asString()).startsWith("https://fokus.example/s/");

    surveyMail.run();
    MimeMessage[] received = mailTo("anna@customer.test").toArray(MimeMessage[]::new);
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("anna@customer.test");
    assertThat(received[0].getSubject()).isEqualTo("Wie wahrscheinlich empfehlen Sie uns weiter?");
    assertThat((String) received[0].getContent()).contains("Hallo Anna").contains(invited.path("link").asString());
    JsonNode log = manager.get("/api/surveys/" + id + "/mail-log").body();
    assertThat(log.path("items").get(0).path("status").asString()).isEqualTo("SENT");

    // four days later the invitation is still unanswered: one reminder, and only one
    inTenant(tenant, "update surveys.invitation set created_at = now() - interval '4 days'");
    surveyMail.run();
    surveyMail.run();
    assertThat(mailTo("anna@customer.test")).hasSize(2);
    assertThat(mailTo("anna@customer.test").get(1).getSubject()).startsWith("Erinnerung: ");
  }

  @Test
  void aFailedSendIsLoggedAndRetriedLater() throws Exception {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    SMTP.purgeEmailFromAllMailboxes(); // the invitations that made the admin and the manager members
    String id = manager.post("/api/surveys", Map.of("name", "CES", "template", "CES")).text("id");
    manager.post("/api/surveys/" + id + "/publish", null);
    manager.post("/api/surveys/" + id + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "bob@customer.test"))));

    SMTP.stop();
    surveyMail.run();
    JsonNode failed = manager.get("/api/surveys/" + id + "/mail-log").body().path("items").get(0);
    assertThat(failed.path("status").asString()).isEqualTo("PENDING");
    assertThat(failed.path("attempts").asInt()).isEqualTo(1);
    assertThat(failed.path("lastError").asString()).isNotBlank();

    SMTP.start();
    surveyMail.run(); // not yet due: the backoff holds it back
    assertThat(mailTo("bob@customer.test")).hasSize(0);
    inTenant(tenant, "update surveys.mail_outbox set next_attempt_at = now()");
    surveyMail.run();
    assertThat(mailTo("bob@customer.test")).hasSize(1);
    assertThat(manager.get("/api/surveys/" + id + "/mail-log").body().path("items").get(0).path("status")
        .asString()).isEqualTo("SENT");
  }

  @Test
  void everyMailCarriesAnUnsubscribeLinkThatWorksWithoutLogin() throws Exception {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    SMTP.purgeEmailFromAllMailboxes();
    String id = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    manager.post("/api/surveys/" + id + "/publish", null);
    manager.post("/api/surveys/" + id + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "anna@customer.test", "name", "Anna"))));
    surveyMail.run();
    String body = (String) mailTo("anna@customer.test").get(0).getContent();
    Matcher link = Pattern.compile("https://fokus\\.example/u/([A-Za-z0-9_-]+)").matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String token = link.group(1);
    assertThat(mailTo("anna@customer.test").get(0).getHeader("List-Unsubscribe"))
        .containsExactly("<https://fokus.example/api/public/unsubscribe/" + token + ">");
    assertThat(mailTo("anna@customer.test").get(0).getHeader("List-Unsubscribe-Post"))
        .containsExactly("List-Unsubscribe=One-Click");

    JsonNode shown = api.get("/api/public/unsubscribe/" + token).body();
    assertThat(shown.path("organization").asString()).isEqualTo("Org " + tenant.slug());
    assertThat(shown.path("email").asString()).isEqualTo("a***@customer.test");
    assertThat(shown.path("optedOut").asBoolean()).isFalse();
    assertThat(api.post("/api/public/unsubscribe/" + token, null).body().path("optedOut").asBoolean()).isTrue();
    assertThat(api.post("/api/public/unsubscribe/" + token, null).body().path("optedOut").asBoolean()).isTrue();
    assertThat(api.get("/api/public/unsubscribe/" + token.substring(0, 30) + "x".repeat(24)).status())
        .isEqualTo(404);
    assertThat(api.get("/api/public/unsubscribe/nonsense").status()).isEqualTo(404);
    assertThat(manager.get("/api/customers?q=anna").body().path("items").get(0).path("optedOut").asBoolean())
        .isTrue();

    // an opted-out customer gets no reminder, and is not invited again
    inTenant(tenant, "update surveys.invitation set created_at = now() - interval '4 days'");
    surveyMail.run();
    assertThat(mailTo("anna@customer.test")).hasSize(1);
    manager.put("/api/survey-settings", Map.of("quietPeriodDays", 0));
    String other = manager.post("/api/surveys", Map.of("name", "CES", "template", "CES")).text("id");
    manager.post("/api/surveys/" + other + "/publish", null);
    JsonNode report = manager.post("/api/surveys/" + other + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "Anna@Customer.test")))).body();
    assertThat(report.path("invited").size()).isZero();
    assertThat(report.path("skipped").get(0).path("reason").asString()).isEqualTo("OPTED_OUT");
  }

  @Test
  void erasingACustomerRemovesTheirDataAndKeepsTheirScores() throws Exception {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    manager.put("/api/survey-settings", Map.of("quietPeriodDays", 0));
    String answered = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    manager.post("/api/surveys/" + answered + "/publish", null);
    String token = manager.post("/api/surveys/" + answered + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "erik@customer.test", "name", "Erik")))).body().path("invited").get(0).path("token")
        .asString();
    surveyMail.run();
    assertThat(api.post("/api/public/surveys/" + token + "/responses", Map.of("submissionId",
        UUID.randomUUID().toString(), "language", "en", "answers", Map.of("nps", 3, "improve", "Call Erik back")))
        .status()).isEqualTo(201);
    String pending = manager.post("/api/surveys", Map.of("name", "CES", "template", "CES")).text("id");
    manager.post("/api/surveys/" + pending + "/publish", null);
    manager.post("/api/surveys/" + pending + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "erik@customer.test"))));
    assertThat(manager.get("/api/surveys/" + pending + "/mail-log").body().path("total").asInt()).isEqualTo(1);
    String customer = manager.get("/api/customers?q=erik").body().path("items").get(0).path("id").asString();

    assertThat(manager.delete("/api/customers/" + customer).status()).isEqualTo(204);

    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> manager.get("/api/surveys/" + pending
        + "/mail-log").body().path("total").asInt() == 0);
    assertThat(manager.get("/api/customers/" + customer).status()).isEqualTo(404);
    assertThat(manager.delete("/api/customers/" + customer).status()).isEqualTo(404);
    assertThat(manager.get("/api/customers?q=erik").body().path("total").asInt()).isZero();
    assertThat(manager.get("/api/surveys/customers/" + customer + "/activity").status()).isEqualTo(404);
    JsonNode sent = manager.get("/api/surveys/" + answered + "/mail-log").body().path("items").get(0);
    assertThat(sent.path("status").asString()).isEqualTo("SENT");
    assertThat(sent.has("recipient") && !sent.path("recipient").isNull()).as(sent.toString()).isFalse();
    JsonNode invitation = manager.get("/api/surveys/" + answered + "/invitations").body().path("items").get(0);
    assertThat(invitation.path("status").asString()).isEqualTo("ANSWERED");
    assertThat(invitation.toString()).doesNotContain("erik").doesNotContain(token);
    assertThat(api.get("/api/public/surveys/" + token).status()).isEqualTo(404);
    JsonNode results = manager.get("/api/surveys/" + answered + "/results").body();
    assertThat(results.path("responses").asInt()).as("the answer still counts, anonymously").isEqualTo(1);
    assertThat(countInTenant(tenant, "select count(*) from surveys.mail_outbox where recipient like '%erik%'"
        + " or body like '%Erik%' or last_error like '%erik%'")).isZero();
    assertThat(countInTenant(tenant, "select count(*) from surveys.answer where text_value like '%Erik%'")).isZero();
  }

  private long countInTenant(SignedUp tenant, String sql) {
    return new TenantSql(tenancy, transactionManager, jdbc).count(TenantId.of(tenant.tenantId()), sql);
  }

  /** Runs SQL as the application role inside one tenant's scope (time travel for the test). */
  private void inTenant(SignedUp tenant, String sql) {
    new TenantSql(tenancy, transactionManager, jdbc).update(TenantId.of(tenant.tenantId()), sql);
  }
}

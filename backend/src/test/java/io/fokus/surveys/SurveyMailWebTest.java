package io.fokus.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import io.fokus.surveys.internal.MailDispatcherProbe;
import org.springframework.context.annotation.Import;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** With SMTP configured, invitations and reminders go out by mail through the outbox, a real SMTP server here. */
@Import(MailDispatcherProbe.class)
class SurveyMailWebTest extends WebTestSupport {

  static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getServerSetup().getPort());
    registry.add("fokus.mail.public-url", () -> "https://fokus.example");
    registry.add("fokus.mail.dispatch-interval", () -> "PT1H"); // the test drives the dispatcher itself
    registry.add("fokus.mail.dispatch-initial-delay", () -> "PT1H");
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @org.junit.jupiter.api.BeforeEach
  void emptyMailboxes() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  @Autowired
  MailDispatcherProbe dispatcher;
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

    dispatcher.run();
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("anna@customer.test");
    assertThat(received[0].getSubject()).isEqualTo("Wie wahrscheinlich empfehlen Sie uns weiter?");
    assertThat((String) received[0].getContent()).contains("Hallo Anna").contains(invited.path("link").asString());
    JsonNode log = manager.get("/api/surveys/" + id + "/mail-log").body();
    assertThat(log.path("items").get(0).path("status").asString()).isEqualTo("SENT");

    // four days later the invitation is still unanswered: one reminder, and only one
    inTenant(tenant, "update surveys.invitation set created_at = now() - interval '4 days'");
    dispatcher.run();
    dispatcher.run();
    assertThat(SMTP.getReceivedMessages()).hasSize(2);
    assertThat(SMTP.getReceivedMessages()[1].getSubject()).startsWith("Erinnerung: ");
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
    dispatcher.run();
    JsonNode failed = manager.get("/api/surveys/" + id + "/mail-log").body().path("items").get(0);
    assertThat(failed.path("status").asString()).isEqualTo("PENDING");
    assertThat(failed.path("attempts").asInt()).isEqualTo(1);
    assertThat(failed.path("lastError").asString()).isNotBlank();

    SMTP.start();
    dispatcher.run(); // not yet due: the backoff holds it back
    assertThat(SMTP.getReceivedMessages()).hasSize(0);
    inTenant(tenant, "update surveys.mail_outbox set next_attempt_at = now()");
    dispatcher.run();
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(manager.get("/api/surveys/" + id + "/mail-log").body().path("items").get(0).path("status")
        .asString()).isEqualTo("SENT");
  }

  /** Runs SQL as the application role inside one tenant's scope (time travel for the test). */
  private void inTenant(SignedUp tenant, String sql) {
    tenancy.runAs(TenantId.of(tenant.tenantId()), () -> new TransactionTemplate(transactionManager)
        .executeWithoutResult(status -> jdbc.update(sql)));
  }
}

package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.SmtpWebTestSupport;
import io.fokus.support.TenantSql;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * With SMTP, a resolved complaint's follow-up mail waits in the outbox until its delay is over, then goes out with
 * the personal link; a customer who opts out meanwhile gets none.
 */
class FollowUpMailWebTest extends SmtpWebTestSupport {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Tenancy tenancy;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void theFollowUpMailWaitsForItsDelayAndRespectsAnOptOut() throws Exception {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    admin.put("/api/complaints/settings", Map.of("followUpEnabled", true, "followUpDelayMinutes", 60));
    String mia = resolvedComplaint(admin, "mia@customer.test");
    String max = resolvedComplaint(admin, "max@customer.test");
    JsonNode scheduled = await(admin, mia, "SCHEDULED");
    await(admin, max, "SCHEDULED");
    String surveyId = scheduled.path("followUp").path("surveyId").asString();

    surveyMail.run();
    assertThat(to("mia@customer.test")).as("not before its time").isEmpty();
    JsonNode maxComplaint = admin.get("/api/complaints/" + max).body().path("complaint");
    assertThat(admin.put("/api/customers/" + maxComplaint.path("customerId").asString(), Map.of("language", "en",
        "attributes", Map.of(), "optedOut", true)).status()).isEqualTo(200);

    // an hour later
    new TenantSql(tenancy, transactionManager, jdbc).update(new TenantId(UUID.fromString(tenant.tenantId())),
        "update surveys.mail_outbox set next_attempt_at = now()");
    surveyMail.run();
    MimeMessage[] toMia = to("mia@customer.test");
    assertThat(toMia).hasSize(1);
    assertThat(toMia[0].getSubject()).isEqualTo("How did we handle your concern?");
    assertThat((String) toMia[0].getContent()).contains(scheduled.path("followUp").path("link").asString());
    assertThat(to("max@customer.test")).as("opted out meanwhile").isEmpty();
    JsonNode log = admin.get("/api/surveys/" + surveyId + "/mail-log").body().path("items");
    assertThat(log.size()).isEqualTo(2);
    List<String> statuses = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (JsonNode mail : log.values()) {
      statuses.add(mail.path("status").asString());
      errors.add(mail.path("lastError").asString());
    }
    assertThat(statuses).containsExactlyInAnyOrder("SENT", "FAILED");
    assertThat(errors).anyMatch(e -> e.contains("opted out"));
  }

  private String resolvedComplaint(Api admin, String email) {
    admin.post("/api/complaints", Map.of("channel", "EMAIL", "email", email, "description", "Wrong invoice."));
    String id = admin.get("/api/complaints?q=invoice&sort=reference&order=desc").body().path("items").get(0)
        .path("id").asString();
    admin.post("/api/complaints/" + id + "/status", Map.of("status", "RESOLVED"));
    return id;
  }

  private MimeMessage[] to(String recipient) {
    return mailTo(recipient).toArray(MimeMessage[]::new);
  }

  private JsonNode await(Api admin, String complaint, String state) {
    return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> admin.get("/api/complaints/" + complaint).body(),
            d -> d.path("followUp").path("state").asString().equals(state));
  }
}

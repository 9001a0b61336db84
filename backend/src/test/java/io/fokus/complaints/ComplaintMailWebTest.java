package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.SmtpWebTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * With SMTP configured, the customer gets their complaint's confirmation and every public reply by mail, in their
 * language, with the link to the status page; internal notes are never mailed.
 */
class ComplaintMailWebTest extends SmtpWebTestSupport {

  @Test
  void theCustomerIsMailedTheConfirmationAndPublicRepliesButNeverNotes() throws Exception {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String formToken = admin.get("/api/complaints/form-link").text("token");
    SMTP.purgeEmailFromAllMailboxes(); // the admin's invitation

    Api.Response receipt = api.post("/api/public/complaints/" + formToken, Map.of("name", "Greta",
        "email", "greta@customer.test", "language", "de", "subject", "Kaputtes Paket",
        "description", "Das Paket kam beschädigt an.", "clientSubmissionId", UUID.randomUUID().toString()));
    assertThat(receipt.status()).isEqualTo(201);
    String statusLink = "https://fokus.example/complaint-status/" + receipt.text("statusToken");

    // the confirmation is queued by a listener after the intake commits
    MimeMessage confirmation = awaitMails("greta@customer.test", 1).get(0);
    assertThat(confirmation.getSubject()).isEqualTo("Ihre Beschwerde C-000001 ist bei Org " + tenant.slug()
        + " eingegangen");
    assertThat((String) confirmation.getContent()).contains("Guten Tag Greta").contains("C-000001")
        .contains("Kaputtes Paket").contains(statusLink);

    String id = admin.get("/api/complaints").body().path("items").get(0).path("id").asString();
    admin.post("/api/complaints/" + id + "/messages", Map.of("type", "INTERNAL_NOTE", "body", "Customer is angry."));
    admin.post("/api/complaints/" + id + "/messages", Map.of("type", "PUBLIC_REPLY",
        "body", "Wir schicken Ihnen sofort Ersatz."));
    MimeMessage reply = awaitMails("greta@customer.test", 2).get(1);
    assertThat(reply.getSubject()).isEqualTo("Antwort zu Ihrer Beschwerde C-000001");
    assertThat((String) reply.getContent()).contains("Wir schicken Ihnen sofort Ersatz.").contains(statusLink)
        .doesNotContain("angry");

    // nothing more goes out: no note, no second confirmation
    mail.run();
    assertThat(mailTo("greta@customer.test")).hasSize(2);
  }

  @Test
  void aComplaintRecordedByStaffIsConfirmedInEnglishByDefault() throws Exception {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    SMTP.purgeEmailFromAllMailboxes();
    assertThat(admin.post("/api/complaints", Map.of("channel", "PHONE", "email", "hugo@customer.test",
        "description", "The technician did not come.")).status()).isEqualTo(201);
    MimeMessage confirmation = awaitMails("hugo@customer.test", 1).get(0);
    assertThat(confirmation.getSubject()).isEqualTo("We received your complaint C-000001 at Org " + tenant.slug());
    assertThat((String) confirmation.getContent()).startsWith("Hello,").contains("The technician did not come.");
  }

  private List<MimeMessage> awaitMails(String recipient, int count) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
      mail.run();
      return mailTo(recipient).size() >= count;
    });
    return mailTo(recipient);
  }
}

package io.fokus.promises;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.SmtpWebTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * With SMTP: the customer is told what was promised and by when, in their language and the tenant's time zone, with
 * the status page's link, when the promise is made and again on request.
 */
class PromiseMailWebTest extends SmtpWebTestSupport {

  @Test
  void theCustomerIsToldWhatWasPromisedAndWhereToFollowIt() throws Exception {
    SignedUp t = signUp();
    Api staff = api.as(member(t, "STAFF"));
    Api.Response made = staff.post("/api/promises", Map.of("text", "Wir erstatten die Versandkosten.",
        "customerEmail", "hans@customer.test", "customerName", "Hans", "customerLanguage", "de",
        "sourceKind", "MANUAL", "dueDate", "2031-03-14", "dueTime", "12:00", "notifyCustomer", true));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    JsonNode promise = made.body().path("promise");
    assertThat(promise.path("customerNotifiedAt").asString()).isNotBlank();
    String reference = promise.path("reference").asString();

    MimeMessage mail = awaitMails("hans@customer.test", 1).get(0);
    assertThat(mail.getSubject()).isEqualTo("Unsere Zusage " + reference + " an Sie");
    String body = (String) mail.getContent();
    assertThat(body).startsWith("Guten Tag Hans,").contains("Wir erstatten die Versandkosten.")
        .contains("14. März 2031").contains("12:00")
        .contains("https://fokus.example/promise-status/");

    // told again after a renegotiation: a second mail
    String id = promise.path("id").asString();
    staff.post("/api/promises/" + id + "/renegotiate", Map.of("dueDate", "2031-03-21", "note", "agreed"));
    assertThat(staff.post("/api/promises/" + id + "/notify-customer", null).status()).isEqualTo(200);
    assertThat(awaitMails("hans@customer.test", 2).get(1).getContent().toString()).contains("21. März 2031");
    JsonNode history = staff.get("/api/promises/" + id).body().path("history");
    assertThat(history.values().stream().filter(h -> h.path("action").asString().equals("CUSTOMER_NOTIFIED"))
        .count()).isEqualTo(2);
  }

  private List<MimeMessage> awaitMails(String recipient, int count) {
    Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
      mail.run();
      return mailTo(recipient).size() >= count;
    });
    return mailTo(recipient);
  }
}

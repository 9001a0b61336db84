package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.mail.MailQueue;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Erasing a customer (GDPR) removes their words from their complaints and the mail about them; the complaint stays,
 * anonymous, for the counts, and its status-page link stops working.
 */
class ComplaintErasureWebTest extends WebTestSupport {

  @Autowired
  MailQueue mail;
  @Autowired
  Tenancy tenancy;

  @Test
  void anErasedCustomersComplaintKeepsItsCountsButNotTheirWords() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    Api.Response recorded = admin.post("/api/complaints", Map.of("channel", "PHONE", "email", "erna@customer.test",
        "name", "Erna Example", "subject", "Erna's broken fridge", "description", "Call me on 0170 1234567.",
        "orderReference", "ORD-99"));
    String id = recorded.text("id");
    String statusToken = recorded.text("statusToken");
    admin.post("/api/complaints/" + id + "/messages", Map.of("type", "PUBLIC_REPLY", "body", "Dear Erna, sorry."));
    admin.post("/api/complaints/" + id + "/messages", Map.of("type", "INTERNAL_NOTE", "body", "Erna lives nearby."));
    TenantId tenantId = TenantId.of(tenant.tenantId());
    Awaitility.await().atMost(Duration.ofSeconds(20))
        .until(() -> tenancy.runAs(tenantId, () -> mail.log("complaint:" + id + ":", 10)).size() == 2);
    String customer = admin.get("/api/complaints/" + id).body().path("customer").path("id").asString();

    assertThat(admin.delete("/api/customers/" + customer).status()).isEqualTo(204);

    JsonNode erased = Awaitility.await().atMost(Duration.ofSeconds(20))
        .until(() -> admin.get("/api/complaints/" + id).body(),
            d -> d.path("complaint").path("description").asString().equals("(erased)"));
    assertThat(erased.path("complaint").path("subject").asString()).isEqualTo("(erased)");
    assertThat(erased.path("complaint").has("orderReference")).isFalse();
    assertThat(erased.path("complaint").path("channel").asString()).isEqualTo("PHONE");
    assertThat(erased.path("messages").valueStream().map(m -> m.path("body").asString()))
        .containsOnly("(erased)").hasSize(2);
    assertThat(erased.has("customer")).isFalse();
    assertThat(erased.toString()).doesNotContain("Erna").doesNotContain("0170");
    assertThat(api.get("/api/public/complaints/status/" + statusToken).status()).isEqualTo(404);
    assertThat(admin.get("/api/complaints?q=fridge").body().path("total").asInt()).isZero();
    assertThat(admin.get("/api/complaints").body().path("total").asInt()).as("still counted").isEqualTo(1);
    // no mail about it goes out, and none sent keeps the address
    assertThat(tenancy.runAs(tenantId, () -> mail.log("complaint:" + id + ":", 10)))
        .allSatisfy(m -> assertThat(m.recipient()).isNull());
  }
}

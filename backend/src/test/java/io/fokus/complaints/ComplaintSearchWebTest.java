package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.TenantSql;
import io.fokus.support.WebTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * The inbox's search over HTTP: words of the subject and the description, by their start and in any case, a partial
 * order reference, the complaint's reference or number, nothing for a word no complaint has, and never a complaint
 * the caller may not see (another unit's for a manager, another tenant's).
 */
class ComplaintSearchWebTest extends WebTestSupport {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Tenancy tenancy;
  @Autowired
  PlatformTransactionManager transactionManager;

  @Test
  void findsComplaintsByTheirWordsOrderReferenceAndNumberWithinWhatTheCallerSees() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String service = admin.post("/api/units", Map.of("name", "Service", "kind", "TEAM")).text("id");
    String sales = admin.post("/api/units", Map.of("name", "Sales", "kind", "TEAM")).text("id");
    Joined manager = join(tenant, Map.of("email", "m@" + tenant.slug() + ".test", "displayName", "Mia",
        "roles", List.of("MANAGER"), "unitId", service, "level", "MANAGER"));

    String damaged = record(admin, service, "Parcel arrived damaged",
        "The box was crushed and the vase inside is broken.", "ORD-2024-5567");
    String refund = record(admin, sales, "Refund not received", "I sent the kettle back three weeks ago.",
        "ORD-2024-9911");
    String rude = record(admin, service, null, "Rude staff at the counter.", null);
    SignedUp otherTenant = signUp();
    Api otherAdmin = api.as(otherTenant.adminToken());
    String othersCrushed = record(otherAdmin, null, "Crushed vase", "The vase was crushed, ORD-2024-5567.",
        "ORD-2024-5567");

    assertThat(found(admin, "crushed")).as("a word of the description").containsExactly(damaged);
    assertThat(found(admin, "CRUSH")).as("the start of a word, in any case").containsExactly(damaged);
    assertThat(found(admin, "ORD-2024-55")).as("the start of an order reference").containsExactly(damaged);
    assertThat(found(admin, "5567")).as("a part of an order reference").containsExactly(damaged);
    assertThat(found(admin, "ord-2024")).containsExactlyInAnyOrder(damaged, refund);
    assertThat(found(admin, "kettle refund")).as("every word, in subject or description").containsExactly(refund);
    assertThat(found(admin, "Rude staff!")).containsExactly(rude);
    assertThat(found(admin, "C-000002")).as("the reference").containsExactly(refund);
    assertThat(found(admin, "3")).as("the number").containsExactly(rude);
    assertThat(found(admin, "zeppelin")).as("a word no complaint has").isEmpty();
    assertThat(found(admin, "kettle zeppelin")).isEmpty();
    assertThat(found(admin, "rushed")).as("words are found by their start, not by their middle").isEmpty();
    assertThat(admin.get("/api/complaints?q=zeppelin").body().path("total").asInt()).isZero();

    Api managerApi = api.as(manager.token());
    assertThat(found(managerApi, "ORD-2024")).as("the manager's unit only").containsExactly(damaged);
    assertThat(found(managerApi, "refund")).isEmpty();
    assertThat(found(managerApi, "C-000002")).isEmpty();
    assertThat(managerApi.get("/api/complaints?q=refund").body().path("total").asInt()).isZero();

    assertThat(found(otherAdmin, "crushed")).as("another tenant's words are theirs").containsExactly(othersCrushed);
    assertThat(found(otherAdmin, "kettle")).isEmpty();
  }

  /**
   * A word of more complaints than Complaints.FREQUENT_WORD is asked of each complaint in the inbox's order instead of
   * read from the index of words; the answer is the same. The index is given that many rows of the word (of numbers
   * no complaint has) to reach it without writing 10,000 complaints.
   */
  @Test
  void findsAFrequentWordAsARareOne() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String first = record(admin, null, "Voucher refused", "The voucher was refused at the till.", null);
    record(admin, null, "Late parcel", "Still waiting.", null);
    String second = record(admin, null, null, "Second voucher refused too.", null);
    new TenantSql(tenancy, transactionManager, jdbc).update(new TenantId(UUID.fromString(tenant.tenantId())),
        "insert into complaints.complaint_word (tenant_id, word, number)"
            + " select ?::uuid, 'voucher', n from generate_series(1000000, 1010000) n",
        tenant.tenantId());

    assertThat(found(admin, "voucher")).containsExactly(second, first);
    assertThat(found(admin, "vouch refused")).containsExactly(second, first);
    assertThat(found(admin, "voucher late")).isEmpty();
    assertThat(admin.get("/api/complaints?q=voucher").body().path("total").asInt()).isEqualTo(2);
  }

  private static String record(Api api, String unit, String subject, String description, String orderReference) {
    Map<String, Object> body = new java.util.HashMap<>(Map.of("channel", "EMAIL", "email", "c@example.com",
        "description", description));
    if (subject != null) {
      body.put("subject", subject);
    }
    if (orderReference != null) {
      body.put("orderReference", orderReference);
    }
    Api.Response recorded = api.post("/api/complaints", body);
    assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
    String id = recorded.text("id");
    if (unit != null) {
      assertThat(api.put("/api/complaints/" + id + "/assignment", Map.of("unitId", unit)).status()).isEqualTo(200);
    }
    return id;
  }

  private static List<String> found(Api api, String query) {
    Api.Response page = api.get("/api/complaints?size=100&q=" + java.net.URLEncoder.encode(query,
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(page.status()).as(page.toString()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode item : page.body().path("items").values()) {
      ids.add(item.path("id").asString());
    }
    return ids;
  }
}

package io.fokus.promises;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Promises in the closed loop over HTTP: a promise made in a complaint ("promise something") belongs to its customer
 * and unit; the complaint is resolved only with a word on its open promises; two broken promises to the same customer
 * within 90 days open one recovery case through complaints' API.
 */
class PromiseLoopWebTest extends WebTestSupport {

  @Test
  void aComplaintWithOpenPromisesIsResolvedOnlyWithAWordOnThem() {
    SignedUp t = signUp();
    Api admin = api.as(t.adminToken());
    Api staff = api.as(member(t, "STAFF"));
    Api.Response complaint = staff.post("/api/complaints", Map.of("channel", "PHONE", "email",
        "lea@customer.test", "name", "Lea", "description", "The washing machine leaks"));
    String complaintId = complaint.text("id");

    Api.Response made = staff.post("/api/promises", Map.of("text", "Send a technician", "sourceKind", "COMPLAINT",
        "sourceId", complaintId, "withinWorkingDays", 2));
    assertThat(made.status()).as(made.toString()).isEqualTo(201);
    JsonNode promise = made.body().path("promise");
    assertThat(promise.path("customer").path("email").asString()).as("the complaint's customer")
        .isEqualTo("lea@customer.test");
    assertThat(promise.path("source").path("kind").asString()).isEqualTo("COMPLAINT");
    assertThat(promise.path("source").path("reference").asString()).isEqualTo(complaint.text("reference"));
    assertThat(staff.get("/api/promises?complaintId=" + complaintId).body().path("total").asInt()).isEqualTo(1);
    // another customer's promise cannot name this complaint
    assertThat(staff.post("/api/promises", Map.of("text", "x", "sourceKind", "COMPLAINT", "sourceId", complaintId,
        "customerEmail", "someone-else@customer.test", "withinWorkingDays", 2)).fieldError("customerEmail"))
        .isNotBlank();

    Api.Response refused = staff.post("/api/complaints/" + complaintId + "/status", Map.of("status", "RESOLVED"));
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.isProblem()).isTrue();
    assertThat(refused.text("code")).isEqualTo("open-promises");
    assertThat(refused.body().path("obstacles").get(0).path("reference").asString())
        .isEqualTo(promise.path("reference").asString());
    assertThat(refused.body().path("obstacles").get(0).path("text").asString()).isEqualTo("Send a technician");
    assertThat(admin.get("/api/complaints/" + complaintId).body().path("complaint").path("status").asString())
        .as("nothing changed").isEqualTo("NEW");
    assertThat(staff.post("/api/complaints/" + complaintId + "/status", Map.of("status", "RESOLVED",
        "openPromises", "SOMETIMES")).status()).isEqualTo(400);

    Api.Response resolved = staff.post("/api/complaints/" + complaintId + "/status", Map.of("status", "RESOLVED",
        "openPromises", "MARK_KEPT"));
    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
    JsonNode kept = staff.get("/api/promises/" + promise.path("id").asString()).body();
    assertThat(kept.path("promise").path("status").asString()).isEqualTo("KEPT");
    assertThat(kept.path("history").get(1).path("note").asString()).contains("resolution");

    // reopened, a new promise, closed with the promise cancelled; one left open stays open
    staff.post("/api/complaints/" + complaintId + "/status", Map.of("status", "OPEN"));
    String second = staff.post("/api/promises", Map.of("text", "Call next week", "sourceKind", "COMPLAINT",
        "sourceId", complaintId, "withinWorkingDays", 5)).body().path("promise").path("id").asString();
    assertThat(staff.post("/api/complaints/" + complaintId + "/status", Map.of("status", "RESOLVED",
        "openPromises", "KEEP_OPEN")).status()).isEqualTo(200);
    assertThat(staff.get("/api/promises/" + second).body().path("promise").path("status").asString())
        .isEqualTo("OPEN");
  }

  @Test
  void twoBrokenPromisesToACustomerWithin90DaysOpenOneRecoveryCase() {
    SignedUp t = signUp();
    Api admin = api.as(t.adminToken());
    Api staff = api.as(member(t, "STAFF"));
    String first = make(staff, "Refund the deposit");
    String second = make(staff, "Bring the missing screws");
    String third = make(staff, "Send the manual");

    staff.post("/api/promises/" + first + "/break", Map.of("note", "Forgot"));
    assertThat(recoveryCases(admin)).isEmpty();
    staff.post("/api/promises/" + second + "/break", Map.of());
    List<JsonNode> cases = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
        .until(() -> recoveryCases(admin), c -> c.size() == 1);
    JsonNode recovery = cases.get(0);
    assertThat(recovery.path("subject").asString()).contains("broken promises").contains("P-000001")
        .contains("P-000002");
    assertThat(recovery.path("channel").asString()).isEqualTo("API");
    String customer = staff.get("/api/promises/" + first).body().path("promise").path("customer").path("id")
        .asString();
    assertThat(recovery.path("customerId").asString()).isEqualTo(customer);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !staff.get("/api/promises/" + second).body()
        .path("promise").path("recoveryCaseId").isMissingNode());
    assertThat(staff.get("/api/promises/" + first).body().path("promise").path("recoveryCaseId").asString())
        .isEqualTo(recovery.path("id").asString());

    // a third broken promise alone opens nothing more
    staff.post("/api/promises/" + third + "/break", Map.of());
    Awaitility.await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
        .until(() -> recoveryCases(admin).size() == 1);
  }

  static String make(Api staff, String text) {
    Api.Response r = staff.post("/api/promises", Map.of("text", text, "customerEmail", "max@customer.test",
        "sourceKind", "MANUAL", "withinWorkingDays", 3));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.body().path("promise").path("id").asString();
  }

  static List<JsonNode> recoveryCases(Api admin) {
    return admin.get("/api/complaints?size=50").body().path("items").values().stream()
        .filter(c -> c.path("kind").asString().equals("RECOVERY")).toList();
  }
}

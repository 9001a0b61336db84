package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Complaints over HTTP: the public form and status page without login, staff recording and handling them, what each
 * role sees, and that another tenant's complaint does not exist.
 */
class ComplaintsWebTest extends WebTestSupport {

  private static Map<String, Object> form(String submission) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Anna");
    body.put("email", "anna@example.com");
    body.put("description", "The parcel arrived broken.");
    body.put("orderReference", "ORD-77");
    body.put("clientSubmissionId", submission);
    return body;
  }

  @Test
  void aCustomerFilesOnThePublicFormFollowsTheStatusPageAndAnswers() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    JsonNode link = admin.get("/api/complaints/form-link").body();
    String formToken = link.path("token").asString();
    assertThat(link.path("url").asString()).endsWith("/complain/" + formToken);
    assertThat(api.as(member(tenant, "STAFF")).get("/api/complaints/form-link").status()).isEqualTo(403);

    assertThat(api.get("/api/public/complaints/" + formToken).text("organization")).isEqualTo("Org " + tenant.slug());
    assertThat(api.get("/api/public/complaints/" + formToken.substring(0, 30) + "x".repeat(24)).status())
        .isEqualTo(404);
    Api.Response filed = api.post("/api/public/complaints/" + formToken, form("abc-1"));
    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.text("reference")).isEqualTo("C-000001");
    assertThat(filed.body().has("id")).as("the customer gets no internal id").isFalse();
    String statusToken = filed.text("statusToken");
    Api.Response again = api.post("/api/public/complaints/" + formToken, form("abc-1"));
    assertThat(again.body()).isEqualTo(filed.body());
    assertThat(admin.get("/api/complaints").body().path("total").asInt()).isEqualTo(1);

    Api.Response invalid = api.post("/api/public/complaints/" + formToken,
        Map.of("email", "nope", "description", " ", "clientSubmissionId", "x"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.isProblem()).isTrue();
    assertThat(invalid.fieldError("email")).isNotBlank();
    assertThat(invalid.fieldError("description")).isNotBlank();
    assertThat(api.post("/api/public/complaints/" + formToken.substring(0, 30) + "x".repeat(24), form("abc-2"))
        .status()).isEqualTo(404);
    assertThat(api.post("/api/public/complaints/not-a-token", form("abc-3")).status()).isEqualTo(404);

    String id = admin.get("/api/complaints").body().path("items").get(0).path("id").asString();
    admin.post("/api/complaints/" + id + "/messages", Map.of("type", "INTERNAL_NOTE", "body", "call the carrier"));
    admin.post("/api/complaints/" + id + "/messages", Map.of("type", "PUBLIC_REPLY", "body", "Sorry, we will help."));
    admin.post("/api/complaints/" + id + "/status", Map.of("status", "WAITING_FOR_CUSTOMER"));

    JsonNode page = api.get("/api/public/complaints/status/" + statusToken).body();
    assertThat(page.path("reference").asString()).isEqualTo("C-000001");
    assertThat(page.path("description").asString()).isNotBlank();
    assertThat(page.path("createdAt").asString()).isNotBlank();
    assertThat(page.path("status").asString()).isEqualTo("WAITING_FOR_CUSTOMER");
    assertThat(page.path("messages").size()).as("internal notes stay internal").isEqualTo(1);
    assertThat(page.path("messages").get(0).path("body").asString()).isEqualTo("Sorry, we will help.");

    Api.Response answered = api.post("/api/public/complaints/status/" + statusToken, Map.of("body", "Thanks!"));
    assertThat(answered.status()).isEqualTo(200);
    assertThat(answered.body().path("status").asString()).as("the answer reopens").isEqualTo("OPEN");
    assertThat(api.post("/api/public/complaints/status/" + statusToken, Map.of("body", "")).status()).isEqualTo(400);
    assertThat(api.get("/api/public/complaints/status/" + formToken).status()).isEqualTo(404);

    JsonNode detail = admin.get("/api/complaints/" + id).body();
    assertThat(detail.path("complaint").path("channel").asString()).isEqualTo("WEB");
    assertThat(detail.path("customer").path("id").asString())
        .isEqualTo(detail.path("complaint").path("customerId").asString());
    assertThat(detail.path("customer").path("email").asString()).contains("@");
    assertThat(detail.path("complaint").path("orderReference").asString()).isEqualTo("ORD-77");
    assertThat(detail.path("messages").size()).isEqualTo(3);
    assertThat(detail.path("messages").get(2).path("type").asString()).isEqualTo("CUSTOMER_MESSAGE");
  }

  @Test
  void staffRecordComplaintsAndSeeOnlyWhatIsTheirs() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String unit = admin.post("/api/units", Map.of("name", "Service", "kind", "TEAM")).text("id");
    String other = admin.post("/api/units", Map.of("name", "Sales", "kind", "TEAM")).text("id");
    Joined manager = join(tenant, Map.of("email", "m@" + tenant.slug() + ".test", "displayName", "Mia",
        "roles", List.of("MANAGER"), "unitId", unit, "level", "MANAGER"));
    Joined staff = join(tenant, Map.of("email", "s@" + tenant.slug() + ".test", "displayName", "Sam",
        "roles", List.of("STAFF"), "unitId", unit, "level", "FRONTLINE"));

    Api.Response phoned = api.as(staff.token()).post("/api/complaints", Map.of("channel", "PHONE",
        "email", "Bob@Example.com", "name", "Bob", "subject", "Late delivery", "description", "Called twice."));
    assertThat(phoned.status()).isEqualTo(201);
    assertThat(phoned.text("reference")).isEqualTo("C-000001");
    assertThat(phoned.text("id")).isNotBlank();
    admin.post("/api/complaints", Map.of("channel", "EMAIL", "email", "cleo@example.com", "description", "Rude."));
    admin.post("/api/complaints", Map.of("channel", "VISIT", "email", "dan@example.com", "description", "Broken."));
    Api.Response web = admin.post("/api/complaints", Map.of("channel", "WEB", "email", "e@example.com",
        "description", "x"));
    assertThat(web.status()).isEqualTo(400);
    assertThat(web.fieldError("channel")).isNotBlank();
    assertThat(admin.post("/api/complaints", Map.of("channel", "FAX", "email", "e@example.com", "description", "x"))
        .status()).isEqualTo(400);

    JsonNode all = admin.get("/api/complaints?sort=reference&order=asc").body();
    assertThat(all.path("total").asInt()).isEqualTo(3);
    String first = all.path("items").get(0).path("id").asString();
    String second = all.path("items").get(1).path("id").asString();
    String third = all.path("items").get(2).path("id").asString();
    assertThat(all.path("items").get(0).path("channel").asString()).isEqualTo("PHONE");

    // what staff record is theirs and their unit's; the admin's recordings wait without a unit, for managers to triage
    assertThat(first).isEqualTo(phoned.text("id"));
    JsonNode phonedDetail = api.as(staff.token()).get("/api/complaints/" + first).body().path("complaint");
    assertThat(phonedDetail.path("assigneeId").asString()).isEqualTo(staff.memberId());
    assertThat(phonedDetail.path("unitId").asString()).isEqualTo(unit);
    assertThat(api.as(staff.token()).get("/api/complaints/" + second).status()).isEqualTo(404);
    assertThat(all.path("items").get(1).has("unitId")).isFalse();
    assertThat(api.as(manager.token()).get("/api/complaints").body().path("total").asInt()).isEqualTo(3);

    assertThat(admin.put("/api/complaints/" + first + "/assignment",
        Map.of("unitId", unit, "assigneeId", staff.memberId())).status()).isEqualTo(200);
    admin.put("/api/complaints/" + second + "/assignment", Map.of("unitId", unit));
    admin.put("/api/complaints/" + third + "/assignment", Map.of("unitId", other));
    assertThat(admin.put("/api/complaints/" + third + "/assignment", Map.of("unitId", UUID.randomUUID()))
        .fieldError("unitId")).isNotBlank();
    assertThat(admin.put("/api/complaints/" + third + "/assignment", Map.of("assigneeId", UUID.randomUUID()))
        .fieldError("assigneeId")).isNotBlank();
    assertThat(api.as(staff.token()).put("/api/complaints/" + first + "/assignment", Map.of("unitId", unit))
        .status()).isEqualTo(403);

    Api managerApi = api.as(manager.token());
    assertThat(managerApi.get("/api/complaints").body().path("total").asInt()).isEqualTo(2);
    assertThat(managerApi.get("/api/complaints/" + third).status()).isEqualTo(404);
    Api staffApi = api.as(staff.token());
    JsonNode mine = staffApi.get("/api/complaints").body();
    assertThat(mine.path("total").asInt()).isEqualTo(1);
    assertThat(mine.path("items").get(0).path("id").asString()).isEqualTo(first);
    assertThat(staffApi.get("/api/complaints/" + second).status()).isEqualTo(404);

    // filters and search
    assertThat(admin.get("/api/complaints?unitId=" + unit).body().path("total").asInt()).isEqualTo(2);
    assertThat(admin.get("/api/complaints?assigneeId=" + staff.memberId()).body().path("total").asInt())
        .isEqualTo(1);
    assertThat(admin.get("/api/complaints?q=late").body().path("items").get(0).path("id").asString())
        .isEqualTo(first);
    assertThat(admin.get("/api/complaints?q=C-000002").body().path("items").get(0).path("id").asString())
        .isEqualTo(second);
    JsonNode paged = admin.get("/api/complaints?sort=reference&order=desc&page=1&size=2").body();
    assertThat(paged.path("items").size()).isEqualTo(1);
    assertThat(paged.path("items").get(0).path("id").asString()).isEqualTo(first);
    assertThat(admin.get("/api/complaints?status=ODD").status()).isEqualTo(400);
    assertThat(admin.get("/api/complaints?sort=age").status()).isEqualTo(400);

    // staff reply on theirs: the first public reply opens it; then resolve, reopen, close
    JsonNode replied = staffApi.post("/api/complaints/" + first + "/messages",
        Map.of("type", "PUBLIC_REPLY", "body", "We are on it.")).body();
    assertThat(replied.path("complaint").path("status").asString()).isEqualTo("OPEN");
    assertThat(replied.path("messages").get(0).path("authorId").asString()).isEqualTo(staff.memberId());
    assertThat(staffApi.post("/api/complaints/" + first + "/messages", Map.of("type", "CUSTOMER_MESSAGE",
        "body", "x")).status()).isEqualTo(400);
    assertThat(staffApi.post("/api/complaints/" + first + "/status", Map.of("status", "RESOLVED")).body()
        .path("complaint").path("status").asString()).isEqualTo("RESOLVED");
    assertThat(staffApi.post("/api/complaints/" + first + "/status", Map.of("status", "OPEN")).status())
        .isEqualTo(200);
    assertThat(staffApi.post("/api/complaints/" + first + "/status", Map.of("status", "NEW")).status())
        .isEqualTo(422);
    staffApi.post("/api/complaints/" + first + "/status", Map.of("status", "CLOSED"));
    assertThat(staffApi.post("/api/complaints/" + first + "/status", Map.of("status", "OPEN")).status())
        .isEqualTo(422);
    assertThat(staffApi.post("/api/complaints/" + second + "/status", Map.of("status", "OPEN")).status())
        .isEqualTo(404);

    // another tenant's complaint does not exist there
    Api stranger = api.as(signUp().adminToken());
    assertThat(stranger.get("/api/complaints/" + second).status()).isEqualTo(404);
    assertThat(stranger.post("/api/complaints/" + second + "/messages", Map.of("type", "INTERNAL_NOTE",
        "body", "x")).status()).isEqualTo(404);
    assertThat(stranger.post("/api/complaints/" + second + "/status", Map.of("status", "OPEN")).status())
        .isEqualTo(404);
    assertThat(stranger.put("/api/complaints/" + second + "/assignment", Map.of()).status()).isEqualTo(404);
    assertThat(stranger.get("/api/complaints").body().path("total").asInt()).isZero();
    assertThat(api.as(member(tenant, "HR")).get("/api/complaints").status()).isEqualTo(403);
  }

  @Test
  void managersKeepCategoriesAndPriorities() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    Api.Response created = manager.post("/api/complaints/categories",
        Map.of("nameEn", "Delivery", "nameDe", "Lieferung", "active", true, "position", 2));
    assertThat(created.status()).isEqualTo(201);
    String id = created.text("id");
    manager.post("/api/complaints/categories", Map.of("nameEn", "Billing", "nameDe", "Rechnung", "active", true,
        "position", 1));
    assertThat(manager.get("/api/complaints/categories").body().get(0).path("nameEn").asString())
        .isEqualTo("Billing");
    assertThat(manager.put("/api/complaints/categories/" + id, Map.of("nameEn", "Shipping", "nameDe", "Versand",
        "active", false, "position", 2)).body().path("active").asBoolean()).isFalse();
    Api.Response bad = manager.post("/api/complaints/categories", Map.of("nameEn", "", "active", true,
        "position", -1));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("nameDe")).isNotBlank();
    assertThat(bad.fieldError("position")).isNotBlank();

    assertThat(manager.post("/api/complaints/priorities", Map.of("nameEn", "High", "nameDe", "Hoch",
        "active", true, "position", 0)).status()).isEqualTo(201);
    Api staff = api.as(member(tenant, "STAFF"));
    assertThat(staff.get("/api/complaints/priorities").body().size()).isEqualTo(1);
    assertThat(staff.post("/api/complaints/priorities", Map.of("nameEn", "Low", "nameDe", "Niedrig",
        "active", true, "position", 1)).status()).isEqualTo(403);

    Api stranger = api.as(signUp().adminToken());
    assertThat(stranger.put("/api/complaints/categories/" + id, Map.of("nameEn", "X", "nameDe", "X",
        "active", true, "position", 0)).status()).isEqualTo(404);
    assertThat(stranger.get("/api/complaints/categories").body().size()).isZero();
  }
}

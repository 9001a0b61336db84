package io.fokus.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Managers and admins keep the tenant's customer directory: list, search, create, edit, import, contact policy. */
class CustomersWebTest extends WebTestSupport {

  @Test
  void managersCreateFindAndEditCustomers() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));

    Api.Response created = manager.post("/api/customers", Map.of("email", "  Anna@Example.COM ", "name", "Anna",
        "language", "de", "externalId", "CRM-1", "attributes", Map.of("segment", "vip")));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.text("email")).isEqualTo("anna@example.com");
    assertThat(created.body().path("optedOut").asBoolean()).isFalse();
    assertThat(created.body().path("attributes").path("segment").asString()).isEqualTo("vip");
    String id = created.text("id");
    manager.post("/api/customers", Map.of("email", "bob@example.com", "name", "Bob"));
    manager.post("/api/customers", Map.of("email", "carla@other.test"));

    Api.Response taken = manager.post("/api/customers", Map.of("email", "anna@example.com"));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.fieldError("email")).isNotBlank();
    assertThat(manager.post("/api/customers", Map.of("email", "dora@example.com", "externalId", "CRM-1"))
        .fieldError("externalId")).isNotBlank();
    Api.Response invalid = manager.post("/api/customers", Map.of("email", "not-an-email", "language", "fr"));
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(invalid.fieldError("email")).isNotBlank();
    assertThat(invalid.fieldError("language")).isNotBlank();

    JsonNode search = manager.get("/api/customers?q=EXAMPLE&sort=name&order=asc").body();
    assertThat(search.path("total").asInt()).isEqualTo(2);
    assertThat(search.path("items").get(0).path("name").asString()).isEqualTo("Anna");
    assertThat(manager.get("/api/customers?q=crm-1").body().path("items").get(0).path("id").asString())
        .isEqualTo(id);
    JsonNode paged = manager.get("/api/customers?sort=email&order=desc&page=1&size=2").body();
    assertThat(paged.path("total").asInt()).isEqualTo(3);
    assertThat(paged.path("items").size()).isEqualTo(1);
    assertThat(paged.path("items").get(0).path("email").asString()).isEqualTo("anna@example.com");
    assertThat(manager.get("/api/customers?sort=age").status()).isEqualTo(400);
    assertThat(manager.get("/api/customers?size=101").status()).isEqualTo(400);

    Api.Response updated = manager.put("/api/customers/" + id, Map.of("name", "Anna B.", "language", "en",
        "attributes", Map.of("region", "north"), "optedOut", true));
    assertThat(updated.status()).isEqualTo(200);
    assertThat(updated.text("name")).isEqualTo("Anna B.");
    JsonNode externalId = updated.body().path("externalId");
    assertThat(externalId.isNull() || externalId.isMissingNode()).as("external id removed").isTrue();
    assertThat(updated.body().path("attributes").has("segment")).isFalse();
    assertThat(updated.body().path("optedOut").asBoolean()).isTrue();
    assertThat(updated.body().path("optedOutAt").asString()).isNotBlank();
    assertThat(manager.get("/api/customers/" + id).text("email")).isEqualTo("anna@example.com");
    assertThat(manager.put("/api/customers/" + id, Map.of("language", "en", "attributes", Map.of("Bad Key", "x"),
        "optedOut", false)).status()).isEqualTo(400);
  }

  @Test
  void customersOfAnotherTenantAreNotFoundAndStaffMayNotSeeAny() {
    SignedUp a = signUp();
    SignedUp b = signUp();
    String id = api.as(a.adminToken()).post("/api/customers", Map.of("email", "secret@a.test")).text("id");
    Api adminB = api.as(b.adminToken());

    assertThat(adminB.get("/api/customers/" + id).status()).isEqualTo(404);
    assertThat(adminB.put("/api/customers/" + id, Map.of("language", "en", "attributes", Map.of(),
        "optedOut", true)).status()).isEqualTo(404);
    assertThat(adminB.delete("/api/customers/" + id).status()).isEqualTo(404);
    assertThat(adminB.get("/api/surveys/customers/" + id + "/activity").status()).isEqualTo(404);
    assertThat(adminB.get("/api/customers?q=secret").body().path("total").asInt()).isZero();
    assertThat(adminB.post("/api/customers", Map.of("email", "secret@a.test")).status())
        .as("the same email is another customer in another tenant").isEqualTo(201);
    assertThat(api.as(member(a, "STAFF")).get("/api/customers").status()).isEqualTo(403);
    assertThat(api.get("/api/customers").status()).isEqualTo(401);
    assertThat(api.as(a.adminToken()).get("/api/customers/" + id).body().path("optedOut").asBoolean()).isFalse();
  }

  @Test
  void anImportIsAllOrNothingAndUpdatesCustomersByEmail() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    manager.post("/api/customers", Map.of("email", "one@c.test", "name", "One", "externalId", "E-1"));

    Api.Response rejected = manager.upload("/api/customers/import", "customers.csv",
        "email,Name,language,externalId,segment\n"
            + "one@c.test,One,en,E-1,smb\nbroken,Two,en,,smb\nthree@c.test,Three,xx,,smb\nfour@c.test,,,E-1,\n");
    assertThat(rejected.status()).isEqualTo(422);
    assertThat(rejected.isProblem()).isTrue();
    JsonNode rows = rejected.body().path("rejectedRows");
    assertThat(rows.findValues("row").stream().map(JsonNode::asInt).toList()).containsExactly(3, 4, 5);
    assertThat(rows.get(0).path("email").asString()).isEqualTo("broken");
    assertThat(rows.get(0).path("reason").asString()).contains("email");
    assertThat(rows.get(2).path("reason").asString()).contains("externalId");
    assertThat(manager.get("/api/customers").body().path("total").asInt()).isEqualTo(1);

    Api.Response imported = manager.upload("/api/customers/import", "customers.csv",
        "email,name,language,segment\nONE@c.test,One Again,de,smb\ntwo@c.test,Two,en,enterprise\n");
    assertThat(imported.status()).isEqualTo(200);
    assertThat(imported.body().path("created").asInt()).isEqualTo(1);
    assertThat(imported.body().path("updated").asInt()).isEqualTo(1);
    assertThat(imported.body().path("rows").asInt()).isEqualTo(2);
    JsonNode one = manager.get("/api/customers?q=one@").body().path("items").get(0);
    assertThat(one.path("name").asString()).isEqualTo("One Again");
    assertThat(one.path("language").asString()).isEqualTo("de");
    assertThat(one.path("externalId").asString()).isEqualTo("E-1");
    assertThat(one.path("attributes").path("segment").asString()).isEqualTo("smb");

    assertThat(manager.upload("/api/customers/import", "x.csv", "x@c.test,X\n").status()).isEqualTo(400);
    assertThat(manager.upload("/api/customers/import", "x.csv", "email\n").status()).isEqualTo(400);
  }

  @Test
  void theQuietPeriodIsOneSettingForCustomersAndSurveys() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    assertThat(admin.get("/api/customers/settings").body().path("quietPeriodDays").asInt()).isEqualTo(30);

    assertThat(admin.put("/api/customers/settings", Map.of("quietPeriodDays", 10)).status()).isEqualTo(200);
    assertThat(admin.get("/api/survey-settings").body().path("quietPeriodDays").asInt()).isEqualTo(10);
    admin.put("/api/survey-settings", Map.of("quietPeriodDays", 60, "reminderAfterDays", 5));
    assertThat(admin.get("/api/customers/settings").body().path("quietPeriodDays").asInt()).isEqualTo(60);
    assertThat(admin.get("/api/survey-settings").body().path("reminderAfterDays").asInt()).isEqualTo(5);
    assertThat(admin.put("/api/customers/settings", Map.of("quietPeriodDays", 366)).status()).isEqualTo(400);
    assertThat(admin.put("/api/customers/settings", Map.of()).status()).isEqualTo(400);
  }

  @Test
  void theActivityShowsACustomersInvitationsAndResponses() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String survey = manager.post("/api/surveys", Map.of("name", "Relationship", "template", "NPS")).text("id");
    manager.post("/api/surveys/" + survey + "/publish", null);
    String token = manager.post("/api/surveys/" + survey + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "eva@c.test")))).body().path("invited").get(0).path("token").asString();
    assertThat(api.post("/api/public/surveys/" + token + "/responses", Map.of("submissionId",
        java.util.UUID.randomUUID().toString(), "language", "en", "answers", Map.of("nps", 9))).status())
        .isEqualTo(201);
    String customer = manager.get("/api/customers?q=eva").body().path("items").get(0).path("id").asString();
    assertThat(manager.get("/api/customers/" + customer).body().path("lastContactedAt").asString()).isNotBlank();

    JsonNode activity = manager.get("/api/surveys/customers/" + customer + "/activity").body();
    assertThat(activity.path("invitations").get(0).path("surveyName").asString()).isEqualTo("Relationship");
    assertThat(activity.path("invitations").get(0).path("status").asString()).isEqualTo("ANSWERED");
    assertThat(activity.path("invitations").get(0).path("reminders").asInt()).isZero();
    assertThat(activity.path("responses").get(0).path("surveyId").asString()).isEqualTo(survey);
    assertThat(activity.path("responses").get(0).path("scores").path("NPS").asInt()).isEqualTo(9);
    assertThat(manager.get("/api/surveys/customers/" + java.util.UUID.randomUUID() + "/activity").status())
        .isEqualTo(404);
  }
}

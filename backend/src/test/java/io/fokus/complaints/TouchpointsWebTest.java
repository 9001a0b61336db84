package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Touchpoints of complaints over HTTP: managers keep them, each has a link to the public form, a complaint filed
 * through one (or recorded by staff for one) keeps its name and the inbox filters by it; old links still open the
 * general form, and another tenant's touchpoint does not exist.
 */
class TouchpointsWebTest extends WebTestSupport {

  private static Map<String, Object> touchpoint(String name, boolean active, int position) {
    return Map.of("name", name, "active", active, "position", position);
  }

  private static Map<String, Object> complaint(String submission, Object touchpointId) {
    Map<String, Object> body = new HashMap<>();
    body.put("email", "anna@example.com");
    body.put("description", "The parcel arrived broken.");
    body.put("clientSubmissionId", submission);
    if (touchpointId != null) {
      body.put("touchpointId", touchpointId);
    }
    return body;
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void managersKeepTouchpointsWithNamesUniqueInAnyCase() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    Api.Response shop = manager.post("/api/complaints/touchpoints", touchpoint("  Berlin shop ", true, 20));
    assertThat(shop.status()).isEqualTo(201);
    assertThat(shop.text("name")).isEqualTo("Berlin shop");
    String shopId = shop.text("id");
    assertThat(manager.post("/api/complaints/touchpoints", touchpoint("Hotline", true, 10)).status()).isEqualTo(201);
    assertThat(manager.get("/api/complaints/touchpoints").body()).extracting(t -> t.path("name").asString())
        .containsExactly("Hotline", "Berlin shop");

    Api.Response taken = manager.post("/api/complaints/touchpoints", touchpoint("BERLIN SHOP", true, 30));
    assertThat(taken.status()).isEqualTo(409);
    assertThat(taken.isProblem()).isTrue();
    assertThat(taken.fieldError("name")).isNotBlank();
    assertThat(manager.put("/api/complaints/touchpoints/" + shopId, touchpoint("hotline", true, 20)).status())
        .as("renamed to another's name").isEqualTo(409);
    assertThat(manager.put("/api/complaints/touchpoints/" + shopId, touchpoint("berlin Shop", false, 5)).body()
        .path("active").asBoolean()).as("its own name in another case").isFalse();
    Api.Response bad = manager.post("/api/complaints/touchpoints", Map.of("name", "x".repeat(61), "position", -1));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.fieldError("name")).isNotBlank();
    assertThat(bad.fieldError("active")).isNotBlank();
    assertThat(bad.fieldError("position")).isNotBlank();
    assertThat(manager.post("/api/complaints/touchpoints", touchpoint(" ", true, 0)).fieldError("name"))
        .isNotBlank();
    assertThat(manager.put("/api/complaints/touchpoints/" + UUID.randomUUID(), touchpoint("Gone", true, 0))
        .status()).isEqualTo(404);
    assertThat(manager.get("/api/complaints/touchpoints").body().size()).as("nothing stored by the bad ones")
        .isEqualTo(2);

    Api staff = api.as(member(tenant, "STAFF"));
    assertThat(staff.get("/api/complaints/touchpoints").body().size()).isEqualTo(2);
    assertThat(staff.post("/api/complaints/touchpoints", touchpoint("Kiosk", true, 0)).status()).isEqualTo(403);
    assertThat(staff.put("/api/complaints/touchpoints/" + shopId, touchpoint("Kiosk", true, 0)).status())
        .isEqualTo(403);

    Api stranger = api.as(signUp().adminToken());
    assertThat(stranger.put("/api/complaints/touchpoints/" + shopId, touchpoint("Hacked", true, 0)).status())
        .isEqualTo(404);
    assertThat(stranger.get("/api/complaints/touchpoints").body().size()).isZero();
    assertThat(stranger.post("/api/complaints/touchpoints", touchpoint("Berlin shop", true, 0)).status())
        .as("another tenant may have the same name").isEqualTo(201);
    assertThat(manager.get("/api/complaints/touchpoints").body().get(0).path("name").asString())
        .isEqualTo("berlin Shop");
  }

  @Test
  void aTouchpointsLinkFilesComplaintsThatCarryItsName() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String shop = admin.post("/api/complaints/touchpoints", touchpoint("Berlin shop", true, 1)).text("id");
    String retired = admin.post("/api/complaints/touchpoints", touchpoint("Old kiosk", false, 2)).text("id");

    JsonNode link = admin.get("/api/complaints/form-link").body();
    String formToken = link.path("token").asString();
    assertThat(link.path("touchpoints").size()).as("active touchpoints only").isEqualTo(1);
    assertThat(link.path("touchpoints").get(0).path("name").asString()).isEqualTo("Berlin shop");
    assertThat(link.path("touchpoints").get(0).path("url").asString())
        .isEqualTo(link.path("url").asString() + "?touchpoint=" + shop);

    String form = "/api/public/complaints/" + formToken;
    JsonNode shopForm = api.get(form + "?touchpoint=" + shop).body();
    assertThat(shopForm.path("organization").asString()).isEqualTo("Org " + tenant.slug());
    assertThat(shopForm.path("touchpoint").path("id").asString()).isEqualTo(shop);
    assertThat(shopForm.path("touchpoint").path("name").asString()).isEqualTo("Berlin shop");
    // an old, unknown or mangled link is the general form, never an error
    for (String old : List.of(retired, UUID.randomUUID().toString(), "not-an-id", "")) {
      Api.Response general = api.get(form + "?touchpoint=" + old);
      assertThat(general.status()).as(old).isEqualTo(200);
      assertThat(general.body().has("touchpoint")).as(old).isFalse();
      assertThat(general.text("organization")).isEqualTo("Org " + tenant.slug());
    }
    assertThat(api.get(form).body().has("touchpoint")).isFalse();

    Api.Response filed = api.post(form, complaint("tp-1", shop));
    assertThat(filed.status()).isEqualTo(201);
    assertThat(api.post(form, complaint("tp-2", null)).status()).isEqualTo(201);
    Api.Response unknown = api.post(form, complaint("tp-3", UUID.randomUUID()));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.isProblem()).isTrue();
    assertThat(unknown.fieldError("touchpointId")).isNotBlank();
    assertThat(api.post(form, complaint("tp-4", "not-an-id")).status()).isEqualTo(400);
    assertThat(admin.get("/api/complaints").body().path("total").asInt()).as("nothing stored by the bad ones")
        .isEqualTo(2);
    // a form opened before its touchpoint was retired still files the complaint where it came from
    admin.put("/api/complaints/touchpoints/" + shop, touchpoint("Berlin shop", false, 1));
    assertThat(api.post(form, complaint("tp-5", shop)).status()).isEqualTo(201);
    assertThat(api.get(form + "?touchpoint=" + shop).body().has("touchpoint")).isFalse();
    assertThat(admin.get("/api/complaints/form-link").body().path("touchpoints").size()).isZero();

    // renaming the touchpoint leaves the complaints' names as they came in
    admin.put("/api/complaints/touchpoints/" + shop, touchpoint("Berlin flagship", true, 1));
    JsonNode byShop = admin.get("/api/complaints?sort=reference&order=asc&touchpoint=" + encoded("Berlin shop"))
        .body();
    assertThat(byShop.path("total").asInt()).isEqualTo(2);
    assertThat(byShop.path("items")).extracting(c -> c.path("reference").asString())
        .containsExactly("C-000001", "C-000003");
    String first = byShop.path("items").get(0).path("id").asString();
    assertThat(admin.get("/api/complaints/" + first).body().path("complaint").path("touchpoint").asString())
        .isEqualTo("Berlin shop");
    JsonNode all = admin.get("/api/complaints?sort=reference&order=asc").body();
    assertThat(all.path("items").get(1).has("touchpoint")).as("the general form's complaint").isFalse();
    assertThat(admin.get("/api/complaints?touchpoint=" + encoded("Berlin flagship")).body().path("total").asInt())
        .isZero();
    assertThat(admin.get("/api/complaints?touchpoint=" + "x".repeat(61)).status()).isEqualTo(400);
  }

  @Test
  void staffRecordAComplaintForATouchpointOfTheirTenantOnly() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String hotline = admin.post("/api/complaints/touchpoints", touchpoint("Hotline", true, 0)).text("id");
    Api staff = api.as(member(tenant, "STAFF"));

    Api.Response phoned = staff.post("/api/complaints", Map.of("channel", "PHONE", "email", "bob@example.com",
        "description", "Waited an hour.", "touchpointId", hotline));
    assertThat(phoned.status()).isEqualTo(201);
    JsonNode detail = staff.get("/api/complaints/" + phoned.text("id")).body().path("complaint");
    assertThat(detail.path("touchpoint").asString()).isEqualTo("Hotline");
    assertThat(staff.get("/api/complaints?touchpoint=Hotline").body().path("total").asInt()).isEqualTo(1);

    String foreign = api.as(signUp().adminToken()).post("/api/complaints/touchpoints", touchpoint("Hotline", true, 0))
        .text("id");
    Api.Response borrowed = staff.post("/api/complaints", Map.of("channel", "PHONE", "email", "bob@example.com",
        "description", "Again.", "touchpointId", foreign));
    assertThat(borrowed.status()).isEqualTo(400);
    assertThat(borrowed.fieldError("touchpointId")).isNotBlank();
    assertThat(admin.get("/api/complaints").body().path("total").asInt()).isEqualTo(1);
  }
}

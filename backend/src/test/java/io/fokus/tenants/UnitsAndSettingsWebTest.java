package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitsAndSettingsWebTest extends WebTestSupport {

  private static Map<String, Object> unit(String name, String kind, String parent) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", name);
    body.put("kind", kind);
    body.put("parentId", parent);
    return body;
  }

  @Test
  void buildsRenamesAndMovesATreeWithoutCycles() {
    Api admin = api.as(signUp().adminToken());
    String sales = admin.post("/api/units", unit("Sales", "DEPARTMENT", null)).text("id");
    String north = admin.post("/api/units", unit("North", "TEAM", sales)).text("id");
    String south = admin.post("/api/units", unit("South", "TEAM", sales)).text("id");

    Api.Response tree = admin.get("/api/units");
    assertThat(tree.body().size()).isEqualTo(1);
    assertThat(tree.body().get(0).path("children").size()).isEqualTo(2);

    Api.Response cycle = admin.put("/api/units/" + sales, unit("Sales", "DEPARTMENT", north));
    assertThat(cycle.status()).isEqualTo(422);
    assertThat(cycle.fieldError("parentId")).isNotNull();
    assertThat(admin.put("/api/units/" + sales, unit("Sales", "DEPARTMENT", sales)).status()).isEqualTo(422);

    Api.Response moved = admin.put("/api/units/" + south, unit("South-West", "TEAM", north));
    assertThat(moved.status()).isEqualTo(200);
    assertThat(moved.text("parentId")).isEqualTo(north);
    assertThat(moved.text("name")).isEqualTo("South-West");

    assertThat(admin.post("/api/units", unit("north", "TEAM", sales)).status()).isEqualTo(409);
  }

  @Test
  void deletesOnlyEmptyUnits() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String dept = admin.post("/api/units", unit("Service", "DEPARTMENT", null)).text("id");
    String team = admin.post("/api/units", unit("Desk", "TEAM", dept)).text("id");
    join(tenant, Map.of("email", "desk@x.test", "displayName", "Desk", "roles", List.of("STAFF"),
        "level", "FRONTLINE", "unitId", team));

    assertThat(admin.delete("/api/units/" + dept).status()).isEqualTo(409);
    assertThat(admin.delete("/api/units/" + team).status()).isEqualTo(409);
    String empty = admin.post("/api/units", unit("Empty", "TEAM", dept)).text("id");
    assertThat(admin.delete("/api/units/" + empty).status()).isEqualTo(204);
    assertThat(admin.get("/api/units/" + empty).status()).isEqualTo(404);
  }

  @Test
  void rejectsAnUnknownParentAndABadKind() {
    Api admin = api.as(signUp().adminToken());
    assertThat(admin.post("/api/units", unit("X", "DEPARTMENT", "00000000-0000-0000-0000-0000000000aa")).status())
        .isEqualTo(422);
    Api.Response badKind = admin.post("/api/units", unit("X", "SQUAD", null));
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.fieldError("kind")).isNotNull();
  }

  @Test
  void updatesSettingsWithValidation() {
    Api admin = api.as(signUp().adminToken());
    Map<String, Object> settings = new HashMap<>(Map.of("name", "Renamed AG", "locale", "de",
        "timezone", "America/New_York", "businessHours", Map.of("days", List.of(
            Map.of("day", "MONDAY", "opens", "08:00", "closes", "16:30")))));

    Api.Response updated = admin.put("/api/settings", settings);
    assertThat(updated.status()).isEqualTo(200);
    assertThat(admin.get("/api/settings").text("name")).isEqualTo("Renamed AG");
    assertThat(admin.get("/api/settings").body().path("businessHours").path("days").size()).isEqualTo(1);

    settings.put("businessHours", Map.of("days", List.of(Map.of("day", "MONDAY", "opens", "18:00",
        "closes", "09:00"))));
    Api.Response inverted = admin.put("/api/settings", settings);
    assertThat(inverted.status()).isEqualTo(400);
    assertThat(inverted.fieldError("businessHours.days[0].closes")).isNotNull();

    settings.put("businessHours", Map.of("days", List.of(Map.of("day", "FUNDAY", "opens", "08:00",
        "closes", "09:00"))));
    assertThat(admin.put("/api/settings", settings).status()).isEqualTo(400);
  }
}

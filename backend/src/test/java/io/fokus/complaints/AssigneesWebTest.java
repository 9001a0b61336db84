package io.fokus.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Whom a complaint can be assigned to: an admin picks from everyone, a manager from their units' members. */
class AssigneesWebTest extends WebTestSupport {

  @Test
  void adminsPickFromEveryActiveMemberManagersFromTheirUnits() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String service = admin.post("/api/units", Map.of("name", "Service", "kind", "DEPARTMENT")).text("id");
    String north = admin.post("/api/units", Map.of("name", "North", "kind", "TEAM", "parentId", service)).text("id");
    String sales = admin.post("/api/units", Map.of("name", "Sales", "kind", "TEAM")).text("id");
    Joined mia = join(tenant, Map.of("email", "mia@" + tenant.slug() + ".test", "displayName", "Mia Manager",
        "roles", List.of("MANAGER"), "unitId", service, "level", "MANAGER"));
    Joined sam = join(tenant, Map.of("email", "sam@" + tenant.slug() + ".test", "displayName", "Sam North",
        "roles", List.of("STAFF"), "unitId", north, "level", "FRONTLINE"));
    Joined sue = join(tenant, Map.of("email", "sue@" + tenant.slug() + ".test", "displayName", "Sue Sales",
        "roles", List.of("STAFF"), "unitId", sales, "level", "FRONTLINE"));
    Joined gone = join(tenant, Map.of("email", "gone@" + tenant.slug() + ".test", "displayName", "Gus Gone",
        "roles", List.of("STAFF"), "unitId", north, "level", "FRONTLINE"));
    admin.post("/api/members/" + gone.memberId() + "/deactivate", null);

    JsonNode all = admin.get("/api/complaints/assignees").body();
    assertThat(names(all)).containsExactly("Admin " + tenant.slug(), "Mia Manager", "Sam North", "Sue Sales");
    JsonNode forMia = api.as(mia.token()).get("/api/complaints/assignees").body();
    assertThat(names(forMia)).containsExactly("Mia Manager", "Sam North");
    assertThat(forMia.get(1).path("id").asString()).isEqualTo(sam.memberId());
    assertThat(forMia.get(1).path("unitId").asString()).isEqualTo(north);
    assertThat(forMia.get(1).path("roles").get(0).asString()).isEqualTo("STAFF");
    assertThat(api.as(sue.token()).get("/api/complaints/assignees").status()).isEqualTo(403);
  }

  private static List<String> names(JsonNode members) {
    return members.valueStream().map(m -> m.path("displayName").asString()).toList();
  }
}

package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MembersWebTest extends WebTestSupport {

  private static Map<String, Object> newMember(String email, String role) {
    return Map.of("email", email, "displayName", "Person " + email, "roles", List.of(role), "level", "MANAGER");
  }

  @Test
  void adminAddsListsSearchesAndPagesMembers() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    for (int i = 0; i < 5; i++) {
      join(tenant, newMember("staff" + i + "@x.test", "STAFF"));
    }

    Api.Response page = admin.get("/api/members?size=2&page=1");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body().path("total").asInt()).isEqualTo(6);
    assertThat(page.body().path("items").size()).isEqualTo(2);

    Api.Response search = admin.get("/api/members?q=STAFF3");
    assertThat(search.body().path("total").asInt()).isEqualTo(1);
    assertThat(search.body().path("items").get(0).path("email").asString()).isEqualTo("staff3@x.test");
  }

  @Test
  void answersConflictForADuplicateEmailAndBadRequestForBadInput() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    join(tenant, newMember("dup@x.test", "HR"));

    Api.Response duplicate = admin.post("/api/invitations", newMember("DUP@x.test", "HR"));
    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.fieldError("email")).isNotNull();

    assertThat(admin.post("/api/invitations", newMember("open@x.test", "HR")).status()).isEqualTo(201);
    Api.Response invitedTwice = admin.post("/api/invitations", newMember("open@x.test", "HR"));
    assertThat(invitedTwice.status()).isEqualTo(409);
    assertThat(invitedTwice.fieldError("email")).contains("resend");

    Api.Response badRole = admin.post("/api/invitations", Map.of("email", "r@x.test", "displayName", "R",
        "roles", List.of("KING"), "level", "MANAGER"));
    assertThat(badRole.status()).isEqualTo(400);
    assertThat(badRole.isProblem()).isTrue();

    Api.Response noRoles = admin.post("/api/invitations", Map.of("email", "r@x.test", "displayName", "R",
        "roles", List.of(), "level", "MANAGER"));
    assertThat(noRoles.status()).isEqualTo(400);
    assertThat(noRoles.fieldError("roles")).isNotNull();

    Api.Response badPage = admin.get("/api/members?size=1000");
    assertThat(badPage.status()).isEqualTo(400);
  }

  @Test
  void changesRolesUnitAndLevelAndRejectsAnUnknownUnit() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String id = join(tenant, newMember("m@x.test", "STAFF")).memberId();
    String unit = admin.post("/api/units", Map.of("name", "Support", "kind", "DEPARTMENT")).text("id");

    Api.Response changed = admin.put("/api/members/" + id, Map.of("displayName", "Mia", "roles",
        List.of("MANAGER", "STAFF"), "unitId", unit, "level", "MANAGER"));
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.text("unitId")).isEqualTo(unit);
    assertThat(changed.body().path("roles").size()).isEqualTo(2);

    Api.Response unknownUnit = admin.put("/api/members/" + id, Map.of("displayName", "Mia", "roles",
        List.of("STAFF"), "unitId", "00000000-0000-0000-0000-000000000001", "level", "MANAGER"));
    assertThat(unknownUnit.status()).isEqualTo(422);
    assertThat(unknownUnit.fieldError("unitId")).isNotNull();
  }

  @Test
  void neverLosesItsLastActiveAdmin() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String adminId = admin.get("/api/me").body().path("memberships").get(0).path("memberId").asString();

    Api.Response deactivate = admin.post("/api/members/" + adminId + "/deactivate", null);
    assertThat(deactivate.status()).isEqualTo(409);

    Api.Response demote = admin.put("/api/members/" + adminId, Map.of("displayName", "A", "roles",
        List.of("STAFF"), "level", "EXECUTIVE"));
    assertThat(demote.status()).isEqualTo(409);

    // with a second admin, the first may go
    String second = join(tenant, newMember("admin2@x.test", "ADMIN")).memberId();
    assertThat(second).isNotBlank();
    assertThat(admin.post("/api/members/" + adminId + "/deactivate", null).text("status"))
        .isEqualTo("DEACTIVATED");
    // the deactivated admin has no membership any more
    assertThat(admin.get("/api/members").status()).isEqualTo(403);
  }

  @Test
  void aDeactivatedMemberLosesAccessAndCanBeReactivated() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    Joined hr = join(tenant, newMember("hr@x.test", "HR"));
    String id = hr.memberId();
    String hrToken = hr.token();
    assertThat(api.as(hrToken).get("/api/me").text("selectedTenantId")).isEqualTo(tenant.tenantId());

    admin.post("/api/members/" + id + "/deactivate", null);
    assertThat(api.as(hrToken).get("/api/me").body().path("memberships").size()).isZero();

    admin.post("/api/members/" + id + "/reactivate", null);
    assertThat(api.as(hrToken).get("/api/me").body().path("memberships").size()).isEqualTo(1);
  }

  @Test
  void membersAdministrationIsForAdminsOnly() {
    SignedUp tenant = signUp();
    String manager = member(tenant, "MANAGER");

    Api.Response response = api.as(manager).get("/api/members");
    assertThat(response.status()).isEqualTo(403);
    assertThat(response.isProblem()).isTrue();
    assertThat(api.as(manager).post("/api/units", Map.of("name", "X", "kind", "TEAM")).status()).isEqualTo(403);
    assertThat(api.as(manager).get("/api/units").status()).isEqualTo(200); // reading the structure is for everyone
    assertThat(api.as(manager).get("/api/settings").status()).isEqualTo(403);
    assertThat(api.as(manager).get("/api/me").status()).isEqualTo(200);
  }

  @Test
  void unknownMemberIsNotFound() {
    SignedUp tenant = signUp();
    Api.Response response = api.as(tenant.adminToken()).get("/api/members/7d1e1c56-7b8f-4b8e-9a53-9d6a3d5c0b11");
    assertThat(response.status()).isEqualTo(404);
    assertThat(api.as(tenant.adminToken()).get("/api/members/not-a-uuid").status()).isEqualTo(400);
  }
}

package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.support.Api;
import io.fokus.support.SmtpWebTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Notices to members: who answers for a unit, a notice shown once per key in the app (in the reader's language) and
 * mailed once through the platform's mail outbox to a real SMTP server; members read only their own.
 */
class NotificationsWebTest extends SmtpWebTestSupport {

  @Autowired
  Notifications notifications;
  @Autowired
  Tenancy tenancy;

  @Test
  void managersOfAUnitAreThoseOfItAndAboveElseTheAdmins() {
    SignedUp tenant = signUp();
    Api admin = api.as(tenant.adminToken());
    String department = admin.post("/api/units", Map.of("name", "Service", "kind", "DEPARTMENT")).text("id");
    String team = admin.post("/api/units", Map.of("name", "Team North", "kind", "TEAM", "parentId", department))
        .text("id");
    String elsewhere = admin.post("/api/units", Map.of("name", "Sales", "kind", "DEPARTMENT")).text("id");
    Joined head = joinAs(tenant, "MANAGER", department);
    Joined lead = joinAs(tenant, "MANAGER", team);
    joinAs(tenant, "STAFF", team);
    String adminId = admin.get("/api/me").body().path("memberships").get(0).path("memberId").asString();

    assertThat(managersOf(tenant, team)).containsExactlyInAnyOrder(head.memberId(), lead.memberId());
    assertThat(managersOf(tenant, department)).containsExactly(head.memberId());
    assertThat(managersOf(tenant, elsewhere)).containsExactly(adminId); // nobody manages Sales: the admins
    assertThat(tenancy.runAs(new TenantId(UUID.fromString(tenant.tenantId())),
        () -> notifications.managersOf(null)).stream().map(m -> m.value().toString())).containsExactly(adminId);

    // a deactivated manager answers for nothing
    admin.post("/api/members/" + lead.memberId() + "/deactivate", null);
    assertThat(managersOf(tenant, team)).containsExactly(head.memberId());
  }

  @Test
  void aNoticeIsShownAndMailedOncePerKeyAndReadOnlyByItsMember() throws Exception {
    SignedUp tenant = signUp();
    Joined anna = joinAs(tenant, "STAFF", null);
    Joined ben = joinAs(tenant, "STAFF", null);
    Joined gone = joinAs(tenant, "STAFF", null);
    api.as(tenant.adminToken()).post("/api/members/" + gone.memberId() + "/deactivate", null);
    SMTP.purgeEmailFromAllMailboxes(); // the invitations
    Notice notice = new Notice("complaints.sla-warning", "sla-warning:c1:FIRST_RESPONSE",
        "First response due soon: C-000001", "Erste Antwort bald fällig: C-000001",
        "75% of the first-response time is used.", "75 % der Zeit für die erste Antwort sind verbraucht.",
        "/complaints/c1");

    assertThat(notifyAll(tenant, notice, anna, gone)).isEqualTo(1); // the deactivated member is skipped
    assertThat(notifyAll(tenant, notice, anna, gone)).isZero(); // the same key again: nobody
    assertThat(notifyAll(tenant, new Notice("complaints.sla-breach", "sla-breach:c1:FIRST_RESPONSE",
        "First response overdue: C-000001", "Erste Antwort überfällig: C-000001", null, null, null), anna))
        .isEqualTo(1);

    JsonNode mine = api.as(anna.token()).get("/api/notifications").body();
    assertThat(mine.path("unread").asInt()).isEqualTo(2);
    assertThat(mine.path("page").path("total").asInt()).isEqualTo(2);
    JsonNode warning = mine.path("page").path("items").get(1);
    assertThat(warning.path("title").asString()).isEqualTo("First response due soon: C-000001");
    assertThat(warning.path("link").asString()).isEqualTo("/complaints/c1");
    assertThat(api.as(anna.token()).get("/api/notifications?lang=de").body().path("page").path("items").get(1)
        .path("body").asString()).isEqualTo("75 % der Zeit für die erste Antwort sind verbraucht.");
    String warningId = warning.path("id").asString();

    // nobody else reads or marks it
    assertThat(api.as(ben.token()).get("/api/notifications").body().path("page").path("total").asInt()).isZero();
    assertThat(api.as(ben.token()).post("/api/notifications/" + warningId + "/read", null).status())
        .isEqualTo(404);
    assertThat(api.as(anna.token()).post("/api/notifications/" + warningId + "/read", null).text("readAt"))
        .isNotBlank();
    JsonNode unread = api.as(anna.token()).get("/api/notifications?unreadOnly=true").body();
    assertThat(unread.path("unread").asInt()).isEqualTo(1);
    assertThat(unread.path("page").path("items").get(0).path("title").asString()).startsWith("First response overdue");
    assertThat(api.as(anna.token()).post("/api/notifications/read-all", null).body().path("marked").asInt())
        .isEqualTo(1);
    assertThat(api.as(anna.token()).get("/api/notifications").body().path("unread").asInt()).isZero();
    assertThat(api.as(anna.token()).get("/api/notifications?size=0").status()).isEqualTo(400);
    assertThat(api.as(anna.token()).get("/api/notifications?lang=fr").status()).isEqualTo(400);
    assertThat(api.get("/api/notifications").status()).isEqualTo(401);

    // each notice was mailed once, in the tenant's language, with the link into the app
    mail.run();
    mail.run();
    MimeMessage[] received = Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> recipient(m).endsWith("@" + tenant.slug() + ".test")).toArray(MimeMessage[]::new);
    assertThat(received).hasSize(2);
    assertThat(Arrays.stream(received).map(this::subject))
        .containsExactlyInAnyOrder("First response due soon: C-000001", "First response overdue: C-000001");
    MimeMessage first = Arrays.stream(received).filter(m -> subject(m).startsWith("First response due")).findFirst()
        .orElseThrow();
    assertThat(first.getAllRecipients()[0].toString()).startsWith("staff-");
    assertThat((String) first.getContent()).contains("75% of the first-response time is used.")
        .contains("https://fokus.example/complaints/c1");
  }

  private String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private int notifyAll(SignedUp tenant, Notice notice, Joined... members) {
    return tenancy.runAs(new TenantId(UUID.fromString(tenant.tenantId())), () -> notifications.notify(
        Arrays.stream(members).map(m -> new MemberId(UUID.fromString(m.memberId()))).toList(), notice));
  }

  private Set<String> managersOf(SignedUp tenant, String unit) {
    return tenancy.runAs(new TenantId(UUID.fromString(tenant.tenantId())),
        () -> notifications.managersOf(new UnitId(UUID.fromString(unit)))).stream()
        .map(m -> m.value().toString()).collect(java.util.stream.Collectors.toSet());
  }

  private Joined joinAs(SignedUp tenant, String role, String unit) {
    String email = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + tenant.slug()
        + ".test";
    Map<String, Object> invitation = new java.util.HashMap<>(Map.of("email", email, "displayName", role + " person",
        "roles", List.of(role), "level", role.equals("MANAGER") ? "MANAGER" : "FRONTLINE"));
    if (unit != null) {
      invitation.put("unitId", unit);
    }
    return join(tenant, invitation);
  }
}

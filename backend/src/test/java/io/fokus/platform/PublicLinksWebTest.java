package io.fokus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without {@code fokus.public-url}, links in answers and mails point at the port the server really listens on
 * (a random one here), not at a default 8080.
 */
class PublicLinksWebTest extends WebTestSupport {

  @LocalServerPort
  int serverPort;

  @Test
  void surveyAndMemberInvitationLinksCarryTheServersPort() {
    SignedUp tenant = signUp();
    Api manager = api.as(member(tenant, "MANAGER"));
    String survey = manager.post("/api/surveys", Map.of("name", "NPS", "template", "NPS")).text("id");
    manager.post("/api/surveys/" + survey + "/publish", null);

    Api.Response invited = manager.post("/api/surveys/" + survey + "/invitations", Map.of("invitees", List.of(
        Map.of("email", "cara@customer.test", "name", "Cara", "language", "en"))));
    String surveyLink = invited.body().path("invited").get(0).path("link").asString();
    Api.Response member = api.as(tenant.adminToken()).post("/api/invitations", Map.of("email", "new@x.test",
        "displayName", "New", "roles", List.of("STAFF"), "level", "FRONTLINE"));

    assertThat(serverPort).isNotEqualTo(8080);
    assertThat(surveyLink).startsWith("http://localhost:" + serverPort + "/s/");
    assertThat(member.text("link")).startsWith("http://localhost:" + serverPort + "/invitations/");
    // and the links work on that server
    String token = surveyLink.substring(surveyLink.lastIndexOf('/') + 1);
    assertThat(api.get("/api/public/surveys/" + token).status()).isEqualTo(200);
  }
}

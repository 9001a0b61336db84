package io.fokus.tenants;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.fokus.support.Api;
import io.fokus.support.WebTestSupport;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With SMTP configured, invitation links are mailed; a sign-up with an existing login's email mails a note. */
class InvitationMailWebTest extends WebTestSupport {

  static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static {
    SMTP.start();
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getServerSetup().getPort());
    registry.add("fokus.public-url", () -> "https://fokus.example/");
  }

  @AfterAll
  static void stop() {
    SMTP.stop();
  }

  @BeforeEach
  void emptyMailboxes() throws Exception {
    SMTP.purgeEmailFromAllMailboxes();
  }

  private List<MimeMessage> mailsTo(String email) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().equals(email);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @Test
  void theInvitationLinkIsMailedAndAnsweredTheSame() throws Exception {
    SignedUp tenant = signUp();
    Api.Response sent = api.as(tenant.adminToken()).post("/api/invitations", Map.of("email", "kim@x.test",
        "displayName", "Kim", "roles", List.of("MANAGER"), "level", "MANAGER"));

    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.text("mailed")).isEqualTo("true");
    assertThat(sent.text("link")).startsWith("https://fokus.example/invitations/");
    List<MimeMessage> mails = mailsTo("kim@x.test");
    assertThat(mails).hasSize(1);
    assertThat(mails.getFirst().getSubject()).isEqualTo("Invitation to Org " + tenant.slug() + " on Fokus");
    assertThat(GreenMailUtil.getBody(mails.getFirst())).contains(sent.text("link")).contains("MANAGER");
  }

  @Test
  void aSignUpWithAnExistingLoginsEmailMailsThatLoginInsteadOfAttachingIt() throws Exception {
    SignedUp existing = signUp();
    SMTP.purgeEmailFromAllMailboxes();
    String slug = "again-" + existing.slug();

    Api.Response created = api.post("/api/signup", Map.of("organizationName", "Again GmbH", "slug", slug,
        "adminName", "Ada", "adminEmail", existing.adminEmail(), "locale", "de", "timezone", "Europe/Berlin"));

    assertThat(created.status()).isEqualTo(201);
    List<MimeMessage> mails = mailsTo(existing.adminEmail());
    assertThat(mails).hasSize(1);
    String body = GreenMailUtil.getBody(mails.getFirst());
    assertThat(body).contains("https://fokus.example/invitations/");
    assertThat(api.as(existing.adminToken()).get("/api/me").body().path("memberships").size()).isEqualTo(1);
  }
}

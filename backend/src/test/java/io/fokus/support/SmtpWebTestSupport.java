package io.fokus.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.fokus.platform.mail.MailDispatchProbe;
import io.fokus.surveys.internal.MailDispatcherProbe;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of web tests with SMTP configured: a real SMTP server (GreenMail) on 127.0.0.1, links in mails to
 * {@code https://fokus.example}, and the mail dispatchers run by the test instead of their schedule. Every test class
 * extending it shares one application context, and the one server: a test that stops it gets it started again before
 * the next test.
 */
@Import({MailDispatcherProbe.class, MailDispatchProbe.class})
public abstract class SmtpWebTestSupport extends WebTestSupport {

  protected static final GreenMail SMTP = new GreenMail(new ServerSetup(freePort(), "127.0.0.1",
      ServerSetup.PROTOCOL_SMTP));

  static {
    SMTP.start();
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getServerSetup().getPort());
    registry.add("fokus.mail.public-url", () -> "https://fokus.example");
    registry.add("fokus.mail.dispatch-interval", () -> "PT1H"); // the test drives the dispatchers itself
    registry.add("fokus.mail.dispatch-initial-delay", () -> "PT1H");
  }

  @Autowired
  protected MailDispatcherProbe surveyMail;
  @Autowired
  protected MailDispatchProbe mail;

  /**
   * The mail received for one address, in order. Tests look at their own recipients only: the database is shared by
   * the test contexts, so a dispatcher here also sends mail that other tests' tenants queued.
   */
  protected static List<MimeMessage> mailTo(String recipient) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  @BeforeEach
  void emptyMailboxes() throws Exception {
    if (!SMTP.isRunning()) {
      SMTP.start();
    }
    SMTP.purgeEmailFromAllMailboxes();
  }
}

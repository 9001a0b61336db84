package io.fokus.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** The one way Fokus builds a mail: plain text in UTF-8. */
public final class PlainTextMail {

  private PlainTextMail() {
  }

  public static MimeMessage of(JavaMailSender smtp, String from, String to, String subject, String body)
      throws MessagingException {
    MimeMessage message = smtp.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(to);
    helper.setSubject(subject);
    helper.setText(body);
    return message;
  }
}

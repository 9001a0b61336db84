package io.fokus.tenants.internal;

import io.fokus.platform.mail.PlainTextMail;
import io.fokus.platform.security.Role;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Mails invitation links when SMTP is configured ({@code spring.mail.host}); without SMTP the admin copies the link.
 * Mail goes out after the transaction commits, so no mail points to an invitation that was rolled back; a failed
 * send is logged and the admin can resend.
 */
@Component
class MemberInvitationMail {

  private static final Logger log = LoggerFactory.getLogger(MemberInvitationMail.class);

  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  MemberInvitationMail(ObjectProvider<JavaMailSender> sender, @Value("${fokus.mail.from:noreply@fokus.localhost}") String from) {
    this.sender = sender;
    this.from = from;
  }

  boolean enabled() {
    return sender.getIfAvailable() != null;
  }

  /** Mails an invitation to join {@code tenantName}; true when a mail will be sent. */
  boolean invitation(String email, String name, String locale, String tenantName, Set<Role> roles, String link) {
    boolean german = "de".equals(locale);
    String roleList = roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    String subject = german ? "Einladung zu " + tenantName + " in Fokus" : "Invitation to " + tenantName + " on Fokus";
    String body = (german ? "Hallo " : "Hello ") + name + ",\n\n"
        + (german
            ? "Sie wurden eingeladen, " + tenantName + " in Fokus beizutreten (Rollen: " + roleList + ").\n"
              + "Öffnen Sie den Link, melden Sie sich an oder registrieren Sie sich, und nehmen Sie die Einladung an"
              + " oder lehnen Sie sie ab:\n\n"
            : "you have been invited to join " + tenantName + " on Fokus (roles: " + roleList + ").\n"
              + "Open the link, sign in or register, and accept or decline the invitation:\n\n")
        + link + "\n\n"
        + (german ? "Der Link gilt 7 Tage. Wenn Sie niemanden bei " + tenantName + " kennen, ignorieren Sie diese Mail."
            : "The link is valid for 7 days. If you do not know anyone at " + tenantName + ", ignore this mail.");
    return send(email, subject, body);
  }

  /**
   * Someone signed up a company with an email that already has a login: nothing was attached to that login; the
   * company's admin invitation waits for its consent.
   */
  boolean signupWithExistingLogin(String email, String name, String locale, String tenantName, String link) {
    boolean german = "de".equals(locale);
    String subject = german ? "Ihr Unternehmen " + tenantName + " in Fokus" : "Your company " + tenantName + " on Fokus";
    String body = (german ? "Hallo " : "Hello ") + name + ",\n\n"
        + (german
            ? "mit dieser E-Mail-Adresse wurde das Unternehmen " + tenantName + " registriert. Sie haben bereits ein"
              + " Konto: Melden Sie sich damit an und nehmen Sie die Einladung als Administrator an:\n\n"
            : "the company " + tenantName + " was signed up with this email address. You already have an account:"
              + " sign in with it and accept the invitation as its admin:\n\n")
        + link + "\n\n"
        + (german ? "Sie können ein Unternehmen auch jederzeit in Ihrem Profil anlegen. Wenn Sie das nicht waren,"
              + " ignorieren Sie diese Mail: ohne Ihre Zustimmung ändert sich an Ihrem Konto nichts."
            : "You can also create a company from your profile at any time. If this was not you, ignore this mail:"
              + " nothing changes for your account without your consent.");
    return send(email, subject, body);
  }

  private boolean send(String to, String subject, String body) {
    JavaMailSender smtp = sender.getIfAvailable();
    if (smtp == null) {
      return false;
    }
    Runnable send = () -> {
      try {
        smtp.send(PlainTextMail.of(smtp, from, to, subject, body));
      } catch (Exception e) {
        log.warn("could not mail an invitation; the admin may resend it", e);
      }
    };
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          send.run();
        }
      });
    } else {
      send.run();
    }
    return true;
  }
}

package io.fokus.surveys.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Survey mail: sent through SMTP when {@code spring.mail.host} is configured, otherwise invitations show their links
 * to copy.
 *
 * Links in mails point to {@link io.fokus.platform.web.PublicUrl} ({@code fokus.public-url}, or the older
 * {@code fokus.mail.public-url}, or the server's own port).
 *
 * @param from the sender address
 */
@ConfigurationProperties("fokus.mail")
record MailSettings(String from) {

  MailSettings {
    from = from == null || from.isBlank() ? "surveys@fokus.localhost" : from;
  }
}

package io.fokus.surveys.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Survey mail: sent through SMTP when {@code spring.mail.host} is configured, otherwise invitations show their links
 * to copy.
 *
 * @param from the sender address
 * @param publicUrl the address of Fokus that links in mails point to (the public survey page is {@code /s/<token>})
 */
@ConfigurationProperties("fokus.mail")
record MailSettings(String from, String publicUrl) {

  MailSettings {
    from = from == null || from.isBlank() ? "surveys@fokus.localhost" : from;
    publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
  }

  String link(String token) {
    return publicUrl + "/s/" + token;
  }
}

package io.fokus.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The address people reach Fokus at, for links in mails and in answers (survey and invitation links).
 * {@code fokus.public-url} (or the older {@code fokus.mail.public-url}) when set; otherwise
 * {@code http://localhost:<port>} with the port the server actually listens on, so {@code --port 8280} or a random
 * test port gives working links.
 */
@Component
public class PublicUrl implements ApplicationListener<WebServerInitializedEvent> {

  private final String configured;
  private volatile int port = 8080;

  PublicUrl(@Value("${fokus.public-url:${fokus.mail.public-url:}}") String configured) {
    this.configured = configured == null || configured.isBlank() ? null : configured.trim().replaceAll("/+$", "");
  }

  @Override
  public void onApplicationEvent(WebServerInitializedEvent event) {
    // a separate management server has its own namespace; links go to the application's server
    if (event.getApplicationContext().getServerNamespace() == null) {
      port = event.getWebServer().getPort();
    }
  }

  /** The base address without a trailing slash. */
  public String base() {
    return configured != null ? configured : "http://localhost:" + port;
  }

  /** The absolute link to {@code path} (which starts with a slash). */
  public String link(String path) {
    return base() + path;
  }
}

package io.fokus.customers.web;

import io.fokus.customers.internal.Unsubscriptions;
import io.fokus.platform.web.RateLimited;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The unsubscribe link in every customer mail, without login; rate-limited per client address. */
@RestController
@RequestMapping("/api/public/unsubscribe")
class UnsubscribeController {

  private final Unsubscriptions unsubscriptions;

  UnsubscribeController(Unsubscriptions unsubscriptions) {
    this.unsubscriptions = unsubscriptions;
  }

  @GetMapping("/{token}")
  @RateLimited(name = "public-unsubscribe-read", capacity = "${fokus.rate-limits.public-reads-per-minute:120}",
      period = "PT1M")
  Unsubscriptions.Subscription show(@PathVariable String token) {
    return unsubscriptions.show(token);
  }

  @PostMapping("/{token}")
  @RateLimited(name = "public-unsubscribe", capacity = "${fokus.rate-limits.public-submissions-per-minute:20}",
      period = "PT1M")
  Unsubscriptions.Subscription optOut(@PathVariable String token) {
    return unsubscriptions.optOut(token);
  }
}

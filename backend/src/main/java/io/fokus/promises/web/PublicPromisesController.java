package io.fokus.promises.web;

import io.fokus.platform.web.RateLimited;
import io.fokus.promises.internal.PromiseService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The customer's status page of a promise made to them, without login: the token in their mail's link. */
@RestController
@RequestMapping("/api/public/promises")
class PublicPromisesController {

  private final PromiseService promises;

  PublicPromisesController(PromiseService promises) {
    this.promises = promises;
  }

  @GetMapping("/{statusToken}")
  @RateLimited(name = "public-promise-status", capacity = "${fokus.rate-limits.public-reads-per-minute:120}",
      period = "PT1M")
  PromiseService.PromisePublicView status(@PathVariable String statusToken) {
    return promises.publicView(statusToken);
  }
}

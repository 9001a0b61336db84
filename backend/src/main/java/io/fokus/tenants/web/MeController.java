package io.fokus.tenants.web;

import io.fokus.platform.security.CurrentUser;
import io.fokus.tenants.internal.MeService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the login, its memberships, the selected tenant and the roles held there. */
@RestController
class MeController {

  private final MeService me;

  MeController(MeService me) {
    this.me = me;
  }

  @GetMapping("/api/me")
  MeService.Me me() {
    return me.describe(CurrentUser.get());
  }
}

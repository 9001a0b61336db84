package io.fokus.tenants.web;

import io.fokus.platform.web.RateLimited;
import io.fokus.tenants.internal.TenantService;
import io.fokus.tenants.internal.TenantView;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Public sign-up of a company: creates the tenant and its first admin. */
@RestController
class SignupController {

  private final TenantService tenants;

  SignupController(TenantService tenants) {
    this.tenants = tenants;
  }

  record SignupRequest(
      @NotBlank @Size(min = 2, max = 120) String organizationName,
      @NotNull @Pattern(regexp = "^[a-z][a-z0-9-]{2,39}$",
          message = "3 to 40 lowercase letters, digits or hyphens, starting with a letter") String slug,
      @NotBlank @Size(max = 120) @PersonName String adminName,
      @NotBlank @Email @Size(max = 254) String adminEmail,
      @NotNull @Pattern(regexp = "^(en|de)$", message = "must be en or de") String locale,
      @NotBlank @Size(max = 64) String timezone,
      @LoginPassword String password) {
  }

  @Operation(summary = "Sign up a company", description = "Creates the tenant and its first ADMIN. 409 when the slug is taken. "
      + "When the email has a login already, nothing is attached to it: the tenant gets an ADMIN invitation that "
      + "the login accepts after signing in (mailed with SMTP); the answer is the same.")
  @PostMapping("/api/signup")
  @RateLimited(name = "signup", capacity = "${fokus.rate-limits.signups-per-hour:10}", period = "PT1H")
  ResponseEntity<TenantView> signup(@Valid @RequestBody SignupRequest request) {
    TenantView tenant = tenants.signup(new TenantService.Signup(request.organizationName(), request.slug(),
        request.adminName(), request.adminEmail(), request.locale(), request.timezone(),
        request.password()));
    return ResponseEntity.created(URI.create("/api/settings")).body(tenant);
  }
}

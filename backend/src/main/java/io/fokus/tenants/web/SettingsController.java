package io.fokus.tenants.web;

import io.fokus.tenants.BusinessHours;
import io.fokus.tenants.internal.TenantService;
import io.fokus.tenants.internal.TenantView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Settings of the selected tenant; ADMIN only. */
@RestController
@RequestMapping("/api/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingsController {

  private final TenantService tenants;

  SettingsController(TenantService tenants) {
    this.tenants = tenants;
  }

  record SettingsRequest(
      @NotBlank @Size(min = 2, max = 120) String name,
      @NotNull @Pattern(regexp = "^(en|de)$", message = "must be en or de") String locale,
      @NotBlank @Size(max = 64) String timezone,
      @NotNull @Valid BusinessHours businessHours) {
  }

  @GetMapping
  TenantView get() {
    return tenants.settings();
  }

  @PutMapping
  TenantView update(@Valid @RequestBody SettingsRequest request) {
    return tenants.updateSettings(new TenantService.Settings(request.name(), request.locale(), request.timezone(),
        request.businessHours()));
  }
}

package io.fokus.complaints.web;

import io.fokus.complaints.Channel;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.internal.SlaPolicy;
import io.fokus.complaints.internal.SlaService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's SLA policies: everyone handling complaints reads them (to know the targets), ADMIN and MANAGER write
 * them. The first active policy in order whose conditions all hold sets a complaint's clocks.
 */
@RestController
@RequestMapping("/api/complaints/sla-policies")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
class SlaPoliciesController {

  /** A year of working minutes around the clock: more is a typing error, not a target. */
  static final int MAX_TARGET_MINUTES = 525_600;

  private final SlaService sla;

  SlaPoliciesController(SlaService sla) {
    this.sla = sla;
  }

  /**
   * A policy as written. Conditions left out match any complaint; a left-out position puts a new policy last and
   * keeps a changed one's place; a left-out calendar is the tenant's default; a left-out target runs no such clock.
   */
  record SlaPolicyRequest(@NotBlank @Size(max = 100) String name, ComplaintKind kind, UUID categoryId, UUID priorityId,
      Channel channel, @Min(0) @Max(10000) Integer position, UUID calendarId,
      @Min(1) @Max(MAX_TARGET_MINUTES) Integer firstResponseMinutes,
      @Min(1) @Max(MAX_TARGET_MINUTES) Integer resolutionMinutes,
      @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double warningShare,
      Boolean active) {

    SlaPolicy toPolicy() {
      return new SlaPolicy(null, name, kind, categoryId, priorityId, channel, position == null ? -1 : position,
          calendarId, firstResponseMinutes, resolutionMinutes,
          warningShare == null ? SlaPolicy.DEFAULT_WARNING_SHARE : warningShare, active == null || active);
    }
  }

  record SlaPolicyOrderRequest(@NotNull @Size(max = 1000) List<@NotNull UUID> ids) {
  }

  @GetMapping
  List<SlaPolicy> list() {
    return sla.policies();
  }

  @GetMapping("/{id}")
  SlaPolicy get(@PathVariable UUID id) {
    return sla.policy(id);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  SlaPolicy add(@Valid @RequestBody SlaPolicyRequest request) {
    return sla.addPolicy(request.toPolicy());
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  SlaPolicy change(@PathVariable UUID id, @Valid @RequestBody SlaPolicyRequest request) {
    return sla.changePolicy(id, request.toPolicy());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  void delete(@PathVariable UUID id) {
    sla.deletePolicy(id);
  }

  /** Puts the policies in this order (first match wins): the ids of all of them, each once. */
  @PutMapping("/order")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  List<SlaPolicy> reorder(@Valid @RequestBody SlaPolicyOrderRequest request) {
    return sla.reorder(request.ids());
  }
}

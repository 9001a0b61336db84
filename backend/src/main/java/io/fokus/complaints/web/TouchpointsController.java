package io.fokus.complaints.web;

import io.fokus.complaints.internal.TouchpointService;
import io.fokus.complaints.internal.TouchpointService.Touchpoint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's touchpoints for complaints: everyone handling complaints reads them (to record a complaint, to filter
 * the inbox), ADMIN/MANAGER keep them. A name taken by another touchpoint, in any case, is a conflict.
 */
@RestController
@RequestMapping("/api/complaints/touchpoints")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
class TouchpointsController {

  private final TouchpointService touchpoints;

  TouchpointsController(TouchpointService touchpoints) {
    this.touchpoints = touchpoints;
  }

  record TouchpointRequest(@NotBlank @Size(max = 60) String name, @NotNull Boolean active,
      @NotNull @Min(0) @Max(10000) Integer position) {
  }

  @GetMapping
  List<Touchpoint> touchpoints() {
    return touchpoints.list();
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Touchpoint addTouchpoint(@Valid @RequestBody TouchpointRequest r) {
    return touchpoints.add(r.name(), r.active(), r.position());
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Touchpoint changeTouchpoint(@PathVariable UUID id, @Valid @RequestBody TouchpointRequest r) {
    return touchpoints.change(id, r.name(), r.active(), r.position());
  }
}

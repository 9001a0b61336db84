package io.fokus.tenants.web;

import io.fokus.tenants.internal.UnitKind;
import io.fokus.tenants.internal.UnitService;
import io.fokus.tenants.internal.UnitView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The unit tree of the selected tenant: every member reads it (reports group by unit), ADMIN changes it. */
@RestController
@RequestMapping("/api/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitsController {

  private static final String MEMBERS = "hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR')";

  private final UnitService units;

  UnitsController(UnitService units) {
    this.units = units;
  }

  /** A unit's name, kind and parent (null for a top-level unit). Sending another parent moves the unit. */
  record UnitRequest(
      @NotBlank @Size(max = 120) String name,
      @NotNull @Pattern(regexp = "^(DEPARTMENT|TEAM)$", message = "must be DEPARTMENT or TEAM") String kind,
      UUID parentId) {
  }

  @GetMapping
  @PreAuthorize(MEMBERS)
  List<UnitView> tree() {
    return units.tree();
  }

  @GetMapping("/{id}")
  @PreAuthorize(MEMBERS)
  UnitView get(@PathVariable UUID id) {
    return units.get(id);
  }

  @PostMapping
  ResponseEntity<UnitView> create(@Valid @RequestBody UnitRequest request) {
    UnitView unit = units.create(new UnitService.UnitSpec(request.name(), UnitKind.valueOf(request.kind()), request.parentId()));
    return ResponseEntity.created(URI.create("/api/units/" + unit.id())).body(unit);
  }

  @PutMapping("/{id}")
  UnitView update(@PathVariable UUID id, @Valid @RequestBody UnitRequest request) {
    return units.update(id, new UnitService.UnitSpec(request.name(), UnitKind.valueOf(request.kind()), request.parentId()));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    units.delete(id);
    return ResponseEntity.noContent().build();
  }
}

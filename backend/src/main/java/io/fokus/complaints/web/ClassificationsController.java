package io.fokus.complaints.web;

import io.fokus.complaints.internal.ComplaintService;
import io.fokus.complaints.internal.ComplaintService.Classification;
import io.fokus.complaints.internal.ComplaintService.Kind;
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
 * The tenant's named lists of complaints, one set of endpoints for each kind: categories, priorities, and the root
 * causes recovery cases are closed with. Everyone handling complaints reads them, and an EXECUTIVE to read the SLA
 * report by category or priority; ADMIN/MANAGER edit.
 */
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF')")
abstract class ClassificationsController {

  private final ComplaintService complaints;
  private final Kind kind;

  ClassificationsController(ComplaintService complaints, Kind kind) {
    this.complaints = complaints;
    this.kind = kind;
  }

  record ClassificationRequest(@NotBlank @Size(max = 100) String nameEn, @NotBlank @Size(max = 100) String nameDe,
      @NotNull Boolean active, @NotNull @Min(0) @Max(10000) Integer position) {
  }

  @GetMapping
  List<Classification> list() {
    return complaints.classifications(kind);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Classification add(@Valid @RequestBody ClassificationRequest r) {
    return complaints.addClassification(kind, r.nameEn(), r.nameDe(), r.active(), r.position());
  }

  @PutMapping("/{id}")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Classification change(@PathVariable UUID id, @Valid @RequestBody ClassificationRequest r) {
    return complaints.changeClassification(kind, id, r.nameEn(), r.nameDe(), r.active(), r.position());
  }

  @RestController
  @RequestMapping("/api/complaints/categories")
  static class Categories extends ClassificationsController {

    Categories(ComplaintService complaints) {
      super(complaints, Kind.CATEGORY);
    }
  }

  @RestController
  @RequestMapping("/api/complaints/priorities")
  static class Priorities extends ClassificationsController {

    Priorities(ComplaintService complaints) {
      super(complaints, Kind.PRIORITY);
    }
  }

  @RestController
  @RequestMapping("/api/complaints/root-causes")
  static class RootCauses extends ClassificationsController {

    RootCauses(ComplaintService complaints) {
      super(complaints, Kind.ROOT_CAUSE);
    }
  }
}

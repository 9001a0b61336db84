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

/** The tenant's complaint categories and priorities: everyone handling complaints reads them, ADMIN/MANAGER edit. */
@RestController
@RequestMapping("/api/complaints")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
class ClassificationsController {

  private final ComplaintService complaints;

  ClassificationsController(ComplaintService complaints) {
    this.complaints = complaints;
  }

  record ClassificationRequest(@NotBlank @Size(max = 100) String nameEn, @NotBlank @Size(max = 100) String nameDe,
      @NotNull Boolean active, @NotNull @Min(0) @Max(10000) Integer position) {
  }

  @GetMapping("/categories")
  List<Classification> categories() {
    return complaints.classifications(Kind.CATEGORY);
  }

  @PostMapping("/categories")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Classification addCategory(@Valid @RequestBody ClassificationRequest r) {
    return complaints.addClassification(Kind.CATEGORY, r.nameEn(), r.nameDe(), r.active(), r.position());
  }

  @PutMapping("/categories/{id}")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Classification changeCategory(@PathVariable UUID id, @Valid @RequestBody ClassificationRequest r) {
    return complaints.changeClassification(Kind.CATEGORY, id, r.nameEn(), r.nameDe(), r.active(), r.position());
  }

  @GetMapping("/priorities")
  List<Classification> priorities() {
    return complaints.classifications(Kind.PRIORITY);
  }

  @PostMapping("/priorities")
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Classification addPriority(@Valid @RequestBody ClassificationRequest r) {
    return complaints.addClassification(Kind.PRIORITY, r.nameEn(), r.nameDe(), r.active(), r.position());
  }

  @PutMapping("/priorities/{id}")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  Classification changePriority(@PathVariable UUID id, @Valid @RequestBody ClassificationRequest r) {
    return complaints.changeClassification(Kind.PRIORITY, id, r.nameEn(), r.nameDe(), r.active(), r.position());
  }
}

package io.fokus.customers.web;

import io.fokus.customers.ContactPolicy;
import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerId;
import io.fokus.customers.internal.CustomerImport;
import io.fokus.customers.internal.CustomerService;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The customer directory's pages: list, search, create, edit, import, erase, the contact policy; MANAGER, ADMIN. */
@RestController
@RequestMapping("/api/customers")
@PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
@Validated
class CustomersController {

  private final CustomerService customers;
  private final CustomerImport imports;

  CustomersController(CustomerService customers, CustomerImport imports) {
    this.customers = customers;
    this.imports = imports;
  }

  /** A customer as the pages show it. */
  record CustomerResponse(UUID id, String email, String name, String language, String externalId,
      Map<String, String> attributes, boolean optedOut, OffsetDateTime optedOutAt, OffsetDateTime lastContactedAt,
      OffsetDateTime createdAt) {

    static CustomerResponse of(Customer c) {
      return new CustomerResponse(c.id().value(), c.email(), c.name(), c.language(), c.externalId(), c.attributes(),
          c.optedOut(), c.optedOutAt(), c.lastContactedAt(), c.createdAt());
    }
  }

  record CreateCustomerRequest(@NotNull String email, String name, String language, String externalId,
      Map<String, String> attributes) {
  }

  record UpdateCustomerRequest(String name, @NotNull String language, String externalId,
      @NotNull Map<String, String> attributes, @NotNull Boolean optedOut) {
  }

  record ContactPolicyRequest(@NotNull @Min(0) @Max(365) Integer quietPeriodDays) {
  }

  @GetMapping
  PageResponse<CustomerResponse> list(@RequestParam(required = false) @Size(max = 200) String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      @RequestParam(defaultValue = "createdAt") @Pattern(regexp = "^(name|email|createdAt|lastContactedAt)$",
          message = "must be name, email, createdAt or lastContactedAt") String sort,
      @RequestParam(required = false) @Pattern(regexp = "^(asc|desc)$", message = "must be asc or desc")
      String order) {
    CustomerService.Sort by = switch (sort) {
      case "name" -> CustomerService.Sort.NAME;
      case "email" -> CustomerService.Sort.EMAIL;
      case "lastContactedAt" -> CustomerService.Sort.LAST_CONTACTED_AT;
      default -> CustomerService.Sort.CREATED_AT;
    };
    // texts read best A to Z, dates newest first
    boolean descending = order == null ? sort.equals("createdAt") || sort.equals("lastContactedAt")
        : order.equals("desc");
    var found = customers.list(q, by, descending, page, size);
    return new PageResponse<>(found.items().stream().map(CustomerResponse::of).toList(), found.page(), found.size(),
        found.total());
  }

  @PostMapping
  ResponseEntity<CustomerResponse> create(@Valid @RequestBody CreateCustomerRequest request) {
    Customer created = customers.create(new CustomerDetails(request.email(), request.externalId(), request.name(),
        request.language(), request.attributes()));
    return ResponseEntity.created(URI.create("/api/customers/" + created.id())).body(CustomerResponse.of(created));
  }

  @GetMapping("/{id}")
  CustomerResponse get(@PathVariable UUID id) {
    return CustomerResponse.of(customers.get(new CustomerId(id)));
  }

  @PutMapping("/{id}")
  CustomerResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateCustomerRequest request) {
    return CustomerResponse.of(customers.update(new CustomerId(id), new CustomerService.Changes(request.name(),
        request.language(), request.externalId(), request.attributes(), request.optedOut())));
  }

  /** GDPR erasure: the customer's personal data is removed in every module; scores stay, anonymously. */
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void erase(@PathVariable UUID id) {
    customers.erase(new CustomerId(id));
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  CustomerImport.CustomerImportReport importCsv(@RequestPart("file") MultipartFile file) throws IOException {
    if (file.isEmpty()) {
      throw new InvalidException("file", "is empty");
    }
    return imports.importCsv(file.getInputStream());
  }

  @GetMapping("/settings")
  ContactPolicy settings() {
    return customers.contactPolicy();
  }

  @PutMapping("/settings")
  ContactPolicy updateSettings(@Valid @RequestBody ContactPolicyRequest request) {
    customers.changeContactPolicy(new ContactPolicy(request.quietPeriodDays()));
    return customers.contactPolicy();
  }
}

package io.fokus.promises.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import io.fokus.platform.csv.CsvCells;
import io.fokus.platform.web.PageResponse;
import io.fokus.platform.web.PublicUrl;
import io.fokus.promises.PromiseId;
import io.fokus.promises.PromiseSource;
import io.fokus.promises.PromiseStatus;
import io.fokus.promises.internal.PromiseService.Actor;
import io.fokus.promises.internal.PromiseService.DueRequest;
import io.fokus.promises.internal.PromiseService.DueState;
import io.fokus.promises.internal.PromiseService.ListFilter;
import io.fokus.promises.internal.PromiseService.View;
import io.fokus.promises.internal.PromiseService;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The promise ledger's pages: record a promise, the lists (my promises, the unit's, the tenant's), a promise with its
 * history, and what its owner, a manager or an admin does with it. EXECUTIVE reads; a promise the caller may not see
 * is not found.
 */
@RestController
@RequestMapping("/api/promises")
@PreAuthorize("hasAnyRole('ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF')")
@Validated
class PromisesController {

  private final PromiseService promises;
  private final PublicUrl publicUrl;

  PromisesController(PromiseService promises, PublicUrl publicUrl) {
    this.promises = promises;
    this.publicUrl = publicUrl;
  }

  /** The customer of a promise (left out once the customer was erased). */
  record PromiseCustomer(UUID id, String name, String email) {
  }

  /** Where it was made: the kind, the complaint's or response's id, and the complaint's reference. */
  record PromiseSourceResponse(PromiseSource.Kind kind, UUID id, String reference) {
  }

  /**
   * A promise as lists show it. {@code breakAt}: when it breaks automatically (open ones); {@code dueState}: OVERDUE
   * (due passed, in its grace period), TODAY, UPCOMING, or null once decided.
   */
  record PromiseResponse(UUID id, String reference, String text, PromiseStatus status, PromiseCustomer customer,
      UUID ownerId, String ownerName, UUID unitId, String unitName, PromiseSourceResponse source, Instant dueAt,
      LocalDate dueOn, Instant breakAt, DueState dueState, int renegotiations, Instant decidedAt,
      Instant fulfilledLateAt, Instant customerNotifiedAt, UUID recoveryCaseId, Instant createdAt, UUID createdById,
      Instant updatedAt) {

    static PromiseResponse of(View v) {
      var p = v.promise();
      return new PromiseResponse(p.id().value(), p.reference(), p.text(), p.status(),
          v.customer() == null ? null : new PromiseCustomer(v.customer().id().value(), v.customer().name(),
              v.customer().email()),
          p.owner().value(), v.ownerName(), p.unit() == null ? null : p.unit().value(), v.unitName(),
          new PromiseSourceResponse(p.source().kind(), p.source().id(), v.sourceReference()), p.dueAt(), p.dueOn(),
          p.breakAt(), v.dueState(), p.renegotiations(), p.decidedAt(), p.fulfilledLateAt(), p.customerNotifiedAt(),
          p.recoveryCaseId(), p.createdAt(), p.createdBy().value(), p.updatedAt());
    }
  }

  /** The customer's next survey answer after the promise was decided (within 90 days), once there is one. */
  record PromiseAfterScore(UUID responseId, Integer nps, Integer csat, Instant answeredAt) {
  }

  /** A promise's page: the promise, its history, the customer's status link, the answer after it, what one may do. */
  record PromiseDetailResponse(PromiseResponse promise, List<PromiseService.PromiseHistoryEntry> history, String statusLink,
      PromiseAfterScore afterScore, boolean canAct) {
  }

  /**
   * A promise to record: the customer by id, or by email (found or created, with name and language); due on a day
   * (at a time, or at the end of that day's working time) or within N working days; the source it was made in.
   */
  record PromiseRecordRequest(@NotBlank @Size(max = 2000) String text, UUID customerId,
      @Email @Size(max = 254) String customerEmail, @Size(max = 200) String customerName,
      @Pattern(regexp = "^(en|de)$", message = "must be en or de") String customerLanguage, UUID ownerId,
      UUID unitId, LocalDate dueDate, LocalTime dueTime, @Min(0) @Max(60) Integer withinWorkingDays,
      @NotNull PromiseSource.Kind sourceKind, UUID sourceId, Boolean notifyCustomer,
      @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "must be letters, digits, - or _")
      String clientRequestId) {
  }

  record PromiseNoteRequest(@Size(max = 2000) String note) {
  }

  record PromiseCancelRequest(@NotBlank @Size(max = 2000) String reason) {
  }

  record RenegotiateRequest(LocalDate dueDate, LocalTime dueTime, @Min(0) @Max(60) Integer withinWorkingDays,
      @NotBlank @Size(max = 2000) String note) {
  }

  record PromiseOwnerRequest(@NotNull UUID ownerId, UUID unitId) {
  }

  record PromiseSummary(long overdue, long dueToday, long upcoming, long open) {
  }

  enum PromiseScope {
    MINE, VISIBLE
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
  PromiseDetailResponse record(@Valid @RequestBody PromiseRecordRequest r) {
    return detail(promises.record(actor(), new PromiseService.NewPromiseRequest(r.text(), r.customerId(),
        r.customerEmail(), r.customerName(), r.customerLanguage(), r.ownerId(), r.unitId(),
        new DueRequest(r.dueDate(), r.dueTime(), r.withinWorkingDays()), r.sourceKind(), r.sourceId(),
        Boolean.TRUE.equals(r.notifyCustomer()), r.clientRequestId())));
  }

  /**
   * What lists and exports promises: {@code status}, any of the statuses (repeat it), or OPEN_ANY for the open ones;
   * {@code q} searches the text and the reference; sorted by {@code sort} (default dueAt) {@code direction} (default
   * asc).
   */
  record PromiseListParams(@Schema(defaultValue = "VISIBLE") PromiseScope scope,
      List<@Pattern(regexp = "^(OPEN|RENEGOTIATED|KEPT|BROKEN|CANCELLED|OPEN_ANY)$",
          message = "must be a status or OPEN_ANY") String> status,
      PromiseDueState dueState, UUID ownerId, UUID unitId, PromiseSource.Kind sourceKind, UUID customerId,
      UUID complaintId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo, @Size(min = 2, max = 100) String q,
      @Schema(defaultValue = "dueAt") @Pattern(regexp = "^(dueAt|createdAt|decidedAt)$",
          message = "must be dueAt, createdAt or decidedAt") String sort,
      @Schema(defaultValue = "asc") @Pattern(regexp = "^(asc|desc)$", message = "must be asc or desc")
      String direction) {

    ListFilter filter() {
      boolean openOnly = status != null && status.contains("OPEN_ANY");
      List<PromiseStatus> statuses = new ArrayList<>();
      if (status != null) {
        status.stream().filter(s -> !s.equals("OPEN_ANY")).map(PromiseStatus::valueOf).forEach(statuses::add);
      }
      return new ListFilter(scope == PromiseScope.MINE, statuses, openOnly,
          dueState == null ? null : DueState.valueOf(dueState.name()), ownerId, unitId, sourceKind, customerId,
          complaintId, dueFrom, dueTo, q);
    }

    PromiseService.Sort order() {
      return switch (sort == null ? "dueAt" : sort) {
        case "createdAt" -> PromiseService.Sort.CREATED_AT;
        case "decidedAt" -> PromiseService.Sort.DECIDED_AT;
        default -> PromiseService.Sort.DUE_AT;
      };
    }

    boolean descending() {
      return "desc".equals(direction);
    }
  }

  /** A page of promises. */
  @GetMapping
  PageResponse<PromiseResponse> list(@ParameterObject @Valid PromiseListParams params,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
    var result = promises.list(actor(), params.filter(), params.order(), params.descending(), page, size);
    return new PageResponse<>(result.items().stream().map(PromiseResponse::of).toList(), result.page(),
        result.size(), result.total());
  }

  /** The same list as CSV (UTF-8, a header row), at most 100,000 promises. */
  @GetMapping("/export.csv")
  void export(@ParameterObject @Valid PromiseListParams params, HttpServletResponse response) throws IOException {
    ListFilter filter = params.filter();
    Actor actor = actor();
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"promises.csv\"");
    try (CsvWriter csv = CsvWriter.builder().build(response.getOutputStream(), StandardCharsets.UTF_8)) {
      csv.writeRecord(List.of("reference", "status", "text", "customer_name", "customer_email", "owner", "unit",
          "source", "source_reference", "due_at", "due_on", "break_at", "renegotiations", "decided_at",
          "fulfilled_late_at", "created_at"));
      promises.export(actor, filter, params.order(), params.descending(), v -> {
        var p = v.promise();
        csv.writeRecord(CsvCells.safe(List.of(p.reference(), p.status().name(), p.text(),
            v.customer() == null || v.customer().name() == null ? "" : v.customer().name(),
            v.customer() == null ? "" : v.customer().email(), v.ownerName() == null ? "" : v.ownerName(),
            v.unitName() == null ? "" : v.unitName(), p.source().kind().name(),
            v.sourceReference() == null ? "" : v.sourceReference(), p.dueAt().toString(), p.dueOn().toString(),
            text(p.breakAt()), String.valueOf(p.renegotiations()), text(p.decidedAt()), text(p.fulfilledLateAt()),
            p.createdAt().toString())));
      });
    }
  }

  /** The caller's own open promises: overdue, due later today, due after today. */
  @GetMapping("/summary")
  PromiseSummary summary() {
    var s = promises.summary(actor());
    return new PromiseSummary(s.overdue(), s.dueToday(), s.upcoming(), s.open());
  }

  @GetMapping("/{id}")
  PromiseDetailResponse detail(@PathVariable UUID id) {
    return detail(promises.detail(actor(), new PromiseId(id)));
  }

  @PostMapping("/{id}/keep")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
  PromiseDetailResponse keep(@PathVariable UUID id, @Valid @RequestBody(required = false) PromiseNoteRequest request) {
    return detail(promises.keep(actor(), new PromiseId(id), request == null ? null : request.note()));
  }

  @PostMapping("/{id}/break")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
  PromiseDetailResponse breakPromise(@PathVariable UUID id, @Valid @RequestBody(required = false) PromiseNoteRequest request) {
    return detail(promises.breakPromise(actor(), new PromiseId(id), request == null ? null : request.note()));
  }

  @PostMapping("/{id}/renegotiate")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
  PromiseDetailResponse renegotiate(@PathVariable UUID id, @Valid @RequestBody RenegotiateRequest r) {
    return detail(promises.renegotiate(actor(), new PromiseId(id),
        new DueRequest(r.dueDate(), r.dueTime(), r.withinWorkingDays()), r.note()));
  }

  @PostMapping("/{id}/cancel")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
  PromiseDetailResponse cancel(@PathVariable UUID id, @Valid @RequestBody PromiseCancelRequest request) {
    return detail(promises.cancel(actor(), new PromiseId(id), request.reason()));
  }

  @PostMapping("/{id}/fulfilled-late")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
  PromiseDetailResponse fulfilledLate(@PathVariable UUID id, @Valid @RequestBody(required = false) PromiseNoteRequest request) {
    return detail(promises.fulfilledLate(actor(), new PromiseId(id), request == null ? null : request.note()));
  }

  @PutMapping("/{id}/owner")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  PromiseDetailResponse reassign(@PathVariable UUID id, @Valid @RequestBody PromiseOwnerRequest request) {
    return detail(promises.reassign(actor(), new PromiseId(id), request.ownerId(), request.unitId()));
  }

  @PostMapping("/{id}/notify-customer")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
  PromiseDetailResponse notifyCustomer(@PathVariable UUID id) {
    return detail(promises.notifyCustomer(actor(), new PromiseId(id)));
  }

  /** Where open promises stand against their due time. */
  enum PromiseDueState {
    OVERDUE, TODAY, UPCOMING
  }

  private PromiseDetailResponse detail(PromiseService.Detail d) {
    var p = d.view().promise();
    PromiseAfterScore after = p.afterResponseId() == null ? null
        : new PromiseAfterScore(p.afterResponseId(), p.afterNps(), p.afterCsat(), p.afterAnsweredAt());
    return new PromiseDetailResponse(PromiseResponse.of(d.view()), d.history(),
        d.statusToken() == null ? null : publicUrl.link("/promise-status/" + d.statusToken()), after, d.canAct());
  }

  private static String text(Instant instant) {
    return instant == null ? "" : instant.toString();
  }

  private static Actor actor() {
    return Actor.current();
  }
}

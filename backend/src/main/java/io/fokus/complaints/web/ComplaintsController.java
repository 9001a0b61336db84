package io.fokus.complaints.web;

import io.fokus.complaints.Channel;
import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintMessage;
import io.fokus.complaints.ComplaintStatus;
import io.fokus.complaints.MessageType;
import io.fokus.complaints.ResolutionGuard;
import io.fokus.complaints.internal.ClosedLoop;
import io.fokus.complaints.internal.ComplaintService;
import io.fokus.complaints.internal.ComplaintService.InboxFilter;
import io.fokus.complaints.internal.ComplaintService.InboxSort;
import io.fokus.complaints.internal.ComplaintService.SlaState;
import io.fokus.complaints.internal.ComplaintService.SlaSummary;
import io.fokus.complaints.internal.ComplaintService.Staff;
import io.fokus.complaints.internal.SlaService;
import io.fokus.complaints.internal.TouchpointService;
import io.fokus.customers.Customer;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.web.PublicUrl;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.UnitId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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
 * The staff's complaint pages: record one, the inbox, a complaint with its conversation, replies and notes, status and
 * assignment. ADMIN sees every complaint, a MANAGER their units', STAFF those assigned to them; one they may not see
 * is not found.
 */
@RestController
@RequestMapping("/api/complaints")
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'STAFF')")
@Validated
class ComplaintsController {

  private final ComplaintService complaints;
  private final ClosedLoop loop;
  private final PublicUrl publicUrl;
  private final TouchpointService touchpoints;

  ComplaintsController(ComplaintService complaints, ClosedLoop loop, PublicUrl publicUrl,
      TouchpointService touchpoints) {
    this.complaints = complaints;
    this.loop = loop;
    this.publicUrl = publicUrl;
    this.touchpoints = touchpoints;
  }

  /**
   * A page of the inbox, like every list's page (items, page from 0, size, total), and whether the total is exact:
   * false when counting stopped, then the total is the limit plus one, "more than" the limit.
   */
  record InboxResponse(List<ComplaintResponse> items, int page, int size, long total, boolean totalExact) {
  }

  /**
   * A complaint as the inbox lists it, with its SLA now: the earliest due and warning time of the running clocks,
   * whether a clock breached, and the state (OK, WARNING, BREACHED; null without running clocks and breach).
   */
  record ComplaintResponse(UUID id, String reference, UUID customerId, String kind, Channel channel,
      String touchpoint, ComplaintStatus status, UUID categoryId, UUID priorityId, UUID unitId, UUID assigneeId,
      String subject, String description, String orderReference, OffsetDateTime createdAt, OffsetDateTime updatedAt,
      SlaSummary sla) {

    static ComplaintResponse of(Complaint c, SlaSummary sla) {
      return new ComplaintResponse(c.id().value(), c.reference(), c.customerId().value(), c.kind().name(),
          c.channel(), c.touchpoint(), c.status(), c.categoryId(), c.priorityId(),
          c.unit() == null ? null : c.unit().value(),
          c.assignee() == null ? null : c.assignee().value(), c.subject(), c.description(), c.orderReference(),
          c.createdAt(), c.updatedAt(), sla);
    }
  }

  record MessageResponse(UUID id, MessageType type, UUID authorId, String body, OffsetDateTime createdAt) {

    static MessageResponse of(ComplaintMessage m) {
      return new MessageResponse(m.id(), m.type(), m.author() == null ? null : m.author().value(), m.body(),
          m.createdAt());
    }
  }

  /**
   * A complaint's page: the complaint, its conversation, its SLA clocks, and the closed loop: the follow-up survey
   * (null until the complaint was resolved with the follow-up on), what it was closed with, and the detractor answers
   * of a recovery case.
   */
  record DetailResponse(ComplaintResponse complaint, ComplainantResponse customer, List<MessageResponse> messages,
      List<SlaService.SlaClockView> clocks, ClosedLoop.FollowUpView followUp, ClosedLoop.Closure closure,
      List<ClosedLoop.RecoveryAnswer> recoveryAnswers) {

    static DetailResponse of(ComplaintService.Detail d, ClosedLoop.Loop loop) {
      return new DetailResponse(ComplaintResponse.of(d.complaint(), d.sla()), ComplainantResponse.of(d.customer()),
          d.messages().stream().map(MessageResponse::of).toList(), d.clocks(), loop.followUp(), loop.closure(),
          loop.recoveryAnswers());
    }
  }

  /** Who complained, for those handling it (left out once the customer was erased). */
  record ComplainantResponse(UUID id, String name, String email, String language) {

    static ComplainantResponse of(Customer c) {
      return c == null ? null : new ComplainantResponse(c.id().value(), c.name(), c.email(), c.language());
    }
  }

  /** A recorded complaint: its id to open it, the reference to tell the customer, the status page's token. */
  record RecordedResponse(UUID id, String reference, String statusToken) {
  }

  /** A complaint staff record; {@code touchpointId}: the tenant's touchpoint it came through, or none. */
  record RecordRequest(@NotNull Channel channel, @Size(max = 200) String name,
      @NotBlank @Email @Size(max = 254) String email,
      @Pattern(regexp = "^(en|de)$", message = "must be en or de") String language,
      @Size(max = 200) String subject, @NotBlank @Size(max = 10000) String description,
      @Size(max = 100) String orderReference,
      @Size(max = 100) @Pattern(regexp = "^[A-Za-z0-9_-]+$", message = "must be letters, digits, - or _")
      String clientSubmissionId, UUID touchpointId) {
  }

  record MessageRequest(@NotNull MessageType type, @NotBlank @Size(max = 10000) String body) {
  }

  /**
   * A status change; closing may name a root cause and whether the issue was resolved (a recovery case must).
   * {@code openPromises}: what happens to the open promises tied to the complaint when it is resolved or closed;
   * needed when there are some (409 with {@code code: open-promises} and the {@code obstacles} otherwise).
   */
  record StatusRequest(@NotNull ComplaintStatus status, UUID rootCauseId, Boolean issueResolved,
      ResolutionGuard.Settlement openPromises) {
  }

  record AssignmentRequest(UUID unitId, UUID assigneeId) {
  }

  /** The complaint's category and priority; null clears one. */
  record CategoryAndPriorityRequest(UUID categoryId, UUID priorityId) {
  }

  /** The general form's link, and one for each active touchpoint, in their order. */
  record FormLink(String token, String url, List<TouchpointLink> touchpoints) {
  }

  /** The form's link for one touchpoint: complaints filed through it carry the touchpoint's name. */
  record TouchpointLink(UUID id, String name, String url) {
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RecordedResponse record(@Valid @RequestBody RecordRequest r) {
    var receipt = complaints.record(staff(), new ComplaintService.Intake(r.name(), r.email(), r.language(),
        r.subject(), r.description(), r.orderReference(), r.clientSubmissionId(), r.touchpointId()), r.channel());
    return new RecordedResponse(receipt.id().value(), receipt.reference(), receipt.statusToken());
  }

  /**
   * A page of the inbox. Its {@code total} is exact up to 1,000 complaints (or up to the end of the page asked for,
   * when that lies further); beyond, {@code totalExact} is false and the total is that limit plus one: "more than
   * 1,000". Counting a large tenant's complaints exactly would read all of them for every page.
   */
  @GetMapping
  InboxResponse inbox(@RequestParam(required = false) ComplaintStatus status,
      @RequestParam(required = false) UUID categoryId, @RequestParam(required = false) UUID priorityId,
      @RequestParam(required = false) UUID unitId, @RequestParam(required = false) UUID assigneeId,
      @RequestParam(required = false) @Size(max = 200) String q,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
      @RequestParam(defaultValue = "createdAt")
      @Pattern(regexp = "^(createdAt|updatedAt|reference|status|dueAt)$",
          message = "must be createdAt, updatedAt, reference, status or dueAt") String sort,
      @RequestParam(required = false) @Pattern(regexp = "^(asc|desc)$", message = "must be asc or desc")
      String order,
      @RequestParam(required = false) @Pattern(regexp = "^(ok|warning|breached|dueSoon)$",
          message = "must be ok, warning, breached or dueSoon") String sla,
      @RequestParam(required = false) @Size(max = 60) String touchpoint) {
    InboxSort by = switch (sort) {
      case "updatedAt" -> InboxSort.UPDATED_AT;
      case "reference" -> InboxSort.REFERENCE;
      case "status" -> InboxSort.STATUS;
      case "dueAt" -> InboxSort.DUE_AT;
      default -> InboxSort.CREATED_AT;
    };
    // dates and references newest first, statuses in their order, due times soonest first
    boolean descending = order == null ? !sort.equals("status") && !sort.equals("dueAt") : order.equals("desc");
    SlaState slaState = sla == null ? null : switch (sla) {
      case "warning" -> SlaState.WARNING;
      case "breached" -> SlaState.BREACHED;
      case "dueSoon" -> SlaState.DUE_SOON;
      default -> SlaState.OK;
    };
    var found = complaints.inbox(staff(), new InboxFilter(status, categoryId, priorityId,
        unitId == null ? null : new UnitId(unitId), assigneeId == null ? null : new MemberId(assigneeId), q,
        slaState, touchpoint == null || touchpoint.isBlank() ? null : touchpoint.strip()), by, descending, page, size);
    return new InboxResponse(found.items().stream().map(c -> ComplaintResponse.of(c, found.sla().get(c.id())))
        .toList(), page, size, found.total(), found.totalExact());
  }

  /**
   * The link of the tenant's public complaint form, to put on the website or a receipt, and the links of its active
   * touchpoints ({@code ?touchpoint=<id>}), for a shop's poster or the hotline's mail.
   */
  @GetMapping("/form-link")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  FormLink formLink() {
    String token = complaints.formToken();
    String url = publicUrl.link("/complain/" + token);
    return new FormLink(token, url, touchpoints.list().stream().filter(TouchpointService.Touchpoint::active)
        .map(t -> new TouchpointLink(t.id(), t.name(), url + "?touchpoint=" + t.id())).toList());
  }

  @GetMapping("/{id}")
  DetailResponse get(@PathVariable UUID id) {
    return detail(complaints.detail(staff(), new ComplaintId(id)));
  }

  @PostMapping("/{id}/messages")
  DetailResponse addMessage(@PathVariable UUID id, @Valid @RequestBody MessageRequest request) {
    return detail(complaints.addMessage(staff(), new ComplaintId(id), request.type(), request.body()));
  }

  @PostMapping("/{id}/status")
  DetailResponse changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
    ClosedLoop.Closure closure = request.rootCauseId() == null && request.issueResolved() == null ? null
        : new ClosedLoop.Closure(request.rootCauseId(), request.issueResolved());
    return detail(complaints.changeStatus(staff(), new ComplaintId(id), request.status(), closure,
        request.openPromises()));
  }

  @PutMapping("/{id}/assignment")
  @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
  DetailResponse assign(@PathVariable UUID id, @Valid @RequestBody AssignmentRequest request) {
    return detail(complaints.assign(staff(), new ComplaintId(id),
        request.unitId() == null ? null : new UnitId(request.unitId()),
        request.assigneeId() == null ? null : new MemberId(request.assigneeId())));
  }

  /** Sets category and priority: the SLA policy is chosen again, and the clocks keep the time used. */
  @PutMapping("/{id}/classification")
  DetailResponse classify(@PathVariable UUID id, @Valid @RequestBody CategoryAndPriorityRequest request) {
    return detail(complaints.classify(staff(), new ComplaintId(id), request.categoryId(), request.priorityId()));
  }

  private DetailResponse detail(ComplaintService.Detail d) {
    return DetailResponse.of(d, loop.loop(d.complaint().id()));
  }

  static Staff staff() {
    return Staff.of(CurrentUser.get());
  }
}

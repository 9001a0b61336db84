package io.fokus.complaints.internal;

import io.fokus.complaints.Channel;
import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.ComplaintMessage;
import io.fokus.complaints.ComplaintNotFound;
import io.fokus.complaints.ComplaintReceived;
import io.fokus.complaints.ComplaintResolved;
import io.fokus.complaints.ComplaintStatus;
import io.fokus.complaints.ResolutionGuard;
import io.fokus.complaints.FollowUpCsat;
import io.fokus.complaints.MessageType;
import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.RuleViolation;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.TenantNames;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake and handling of complaints: the public form and status page (no login; the token names the tenant), the
 * staff's recording on a customer's behalf, the inbox, the conversation, status and assignment.
 */
@Service
public class ComplaintService {

  private final Complaints complaints;
  private final ComplaintMessages messages;
  private final IntakeForms forms;
  private final Classifications classifications;
  private final CustomerDirectory customers;
  private final TenantsApi tenants;
  private final TenantEvents events;
  private final Tenancy tenancy;
  private final ComplaintMail mail;
  private final TenantNames tenantNames;
  private final SlaService sla;
  private final Closures closures;
  private final FollowUps followUps;
  private final TouchpointService touchpoints;
  private final ObjectProvider<ResolutionGuard> guards;

  ComplaintService(Complaints complaints, ComplaintMessages messages, IntakeForms forms,
      Classifications classifications, CustomerDirectory customers, TenantsApi tenants, TenantEvents events,
      Tenancy tenancy, ComplaintMail mail, TenantNames tenantNames, SlaService sla, Closures closures,
      FollowUps followUps, TouchpointService touchpoints, ObjectProvider<ResolutionGuard> guards) {
    this.guards = guards;
    this.complaints = complaints;
    this.messages = messages;
    this.forms = forms;
    this.classifications = classifications;
    this.customers = customers;
    this.tenants = tenants;
    this.events = events;
    this.tenancy = tenancy;
    this.mail = mail;
    this.tenantNames = tenantNames;
    this.sla = sla;
    this.closures = closures;
    this.followUps = followUps;
    this.touchpoints = touchpoints;
  }

  /** The signed-in member asking, with the roles held in the tenant. */
  public record Staff(MemberId member, Set<Role> roles) {

    /** The signed-in member of the request; a role in the selected tenant means a membership there. */
    public static Staff of(CurrentUser user) {
      return new Staff(user.memberId().map(MemberId::new).orElseThrow(), user.roles());
    }
  }

  /**
   * What a customer or staff member tells about the complaint.
   *
   * @param touchpointId the tenant's touchpoint it came through (the form's link names it, staff choose it), or null
   */
  public record Intake(String name, String email, String language, String subject, String description,
      String orderReference, String clientSubmissionId, UUID touchpointId) {

    /** An intake through no particular touchpoint. */
    public Intake(String name, String email, String language, String subject, String description,
        String orderReference, String clientSubmissionId) {
      this(name, email, language, subject, description, orderReference, clientSubmissionId, null);
    }
  }

  /** The public form's heading: the organization, and the touchpoint its link names (null: the general form). */
  public record PublicForm(String organization, TouchpointService.Touchpoint touchpoint) {
  }

  /** The answer to a submission: the reference to quote and the token of the status page. */
  public record Receipt(ComplaintId id, String reference, String statusToken) {
  }

  /** What the status page shows the customer: no internal notes, no staff names. */
  public record PublicView(String reference, ComplaintStatus status, String subject, String description,
      OffsetDateTime createdAt, List<ComplaintMessage> messages) {
  }

  /**
   * The inbox's filters; null ones do not filter; {@code query} searches reference, subject, text, order;
   * {@code sla} keeps the complaints in one SLA state; {@code touchpoint} those that came through the touchpoint of
   * that name.
   */
  public record InboxFilter(ComplaintStatus status, UUID categoryId, UUID priorityId, UnitId unit, MemberId assignee,
      String query, SlaState sla, String touchpoint) {

    /** The filters without one by touchpoint. */
    public InboxFilter(ComplaintStatus status, UUID categoryId, UUID priorityId, UnitId unit, MemberId assignee,
        String query, SlaState sla) {
      this(status, categoryId, priorityId, unit, assignee, query, sla, null);
    }
  }

  public enum InboxSort {
    CREATED_AT, UPDATED_AT, REFERENCE, STATUS, DUE_AT
  }

  /**
   * Where a complaint stands against its running SLA clocks now. BREACHED: a clock breached (announced, stopped past
   * its target, or due now); WARNING: a running clock is past its warning time, none breached; OK: clocks run and none
   * is past its warning time; DUE_SOON (a filter, not a state of its own): not breached and a running clock is due
   * within {@link #DUE_SOON_WITHIN}. A complaint without a running clock and without a breach has no SLA state.
   */
  public enum SlaState {
    OK, WARNING, BREACHED, DUE_SOON;

    public static final Duration DUE_SOON_WITHIN = Duration.ofHours(4);
  }

  /** The SLA of an inbox entry: the earliest due and warning time of its running clocks, and the state now. */
  public record SlaSummary(Instant dueAt, Instant warningAt, boolean breached, SlaState state) {

    static SlaSummary of(Instant dueAt, Instant warningAt, boolean breached, Instant now) {
      SlaState state = null;
      if (breached || (dueAt != null && !dueAt.isAfter(now))) {
        state = SlaState.BREACHED;
      } else if (warningAt != null && !warningAt.isAfter(now)) {
        state = SlaState.WARNING;
      } else if (dueAt != null) {
        state = SlaState.OK;
      }
      return new SlaSummary(dueAt, warningAt, breached, state);
    }

    /** The summary of a complaint's clocks, as the inbox keeps it on the complaint row. */
    static SlaSummary of(List<SlaService.SlaClockView> clocks, Instant now) {
      Instant due = null;
      Instant warning = null;
      boolean breached = false;
      for (SlaService.SlaClockView c : clocks) {
        if (c.state() == SlaService.ClockState.RUNNING) {
          due = due == null || c.dueAt().isBefore(due) ? c.dueAt() : due;
          warning = warning == null || c.warningAt().isBefore(warning) ? c.warningAt() : warning;
        }
        breached |= c.breachedAt() != null || c.outcome() == SlaService.ClockOutcome.BREACHED;
      }
      return of(due, warning, breached, now);
    }
  }

  /**
   * A page of the inbox and the number of all matching complaints: exact ({@code totalExact}) or, when the count
   * stopped at its limit, that limit plus one.
   */
  public record InboxPage(List<Complaint> items, long total, boolean totalExact, Map<ComplaintId, SlaSummary> sla) {
  }

  /** Which of the tenant's lists: complaint categories, priorities, or the root causes recovery cases close with. */
  public enum Kind {
    CATEGORY("Category"), PRIORITY("Priority"), ROOT_CAUSE("Root cause");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** What one entry is called in messages. */
    public String label() {
      return label;
    }
  }

  /** An entry of the categories or priorities, named in English and German. */
  public record Classification(UUID id, String nameEn, String nameDe, boolean active, int position) {
  }

  /** A complaint with its customer (null once erased), conversation and SLA clocks, for staff. */
  public record Detail(Complaint complaint, Customer customer, List<ComplaintMessage> messages, SlaSummary sla,
      List<SlaService.SlaClockView> clocks) {
  }

  // ---------------------------------------------------------------- public form and status page

  /** The token of the tenant's public complaint form (the link staff hand out). */
  @Transactional
  public String formToken() {
    return forms.token(Tenancy.requireTenant());
  }

  /**
   * The organization whose public complaint form the token opens, and the active touchpoint the link names
   * ({@code touchpoint}: its id); an unknown or retired one opens the general form, so an old link still works.
   */
  @Transactional(readOnly = true)
  public PublicForm form(String formToken, String touchpoint) {
    return inTenantOf(formToken, tenant -> {
      if (!forms.isToken(tenant, formToken)) {
        throw new NotFoundException("Complaint form");
      }
      String organization = tenantNames.currentName().orElseThrow(() -> new NotFoundException("Complaint form"));
      return new PublicForm(organization, touchpoints.ofLink(tenant, touchpoint).orElse(null));
    });
  }

  /** A complaint from the public form; the same client submission id twice gets the same receipt. */
  @Transactional
  public Receipt submit(String formToken, Intake intake) {
    return inTenantOf(formToken, tenant -> {
      if (!forms.isToken(tenant, formToken)) {
        throw new NotFoundException("Complaint form");
      }
      return receive(tenant, intake, Channel.WEB);
    });
  }

  @Transactional(readOnly = true)
  public PublicView status(String statusToken) {
    return inTenantOf(statusToken, tenant -> {
      Complaint c = complaints.byStatusToken(tenant, statusToken).orElseThrow(ComplaintNotFound::new);
      return new PublicView(c.reference(), c.status(), c.subject(), c.description(), c.createdAt(),
          messages.of(tenant, c.id(), false).stream()
          .map(m -> new ComplaintMessage(m.id(), m.type(), null, m.body(), m.createdAt())).toList());
    });
  }

  /** The customer's answer on the status page: a waiting complaint is open again. */
  @Transactional
  public PublicView answer(String statusToken, String body) {
    inTenantOf(statusToken, tenant -> {
      Complaint c = complaints.byStatusToken(tenant, statusToken).orElseThrow(ComplaintNotFound::new);
      if (c.status() == ComplaintStatus.CLOSED) {
        throw new RuleViolation("the complaint is closed");
      }
      messages.add(tenant, c.id(), MessageType.CUSTOMER_MESSAGE, null, body);
      if (c.status() == ComplaintStatus.WAITING_FOR_CUSTOMER) {
        complaints.changeStatus(tenant, c.id(), ComplaintStatus.OPEN);
        sla.statusChanged(tenant, c.id(), c.status(), ComplaintStatus.OPEN);
      } else {
        complaints.touch(tenant, c.id());
      }
      return null;
    });
    return status(statusToken);
  }

  private <T> T inTenantOf(String token, Function<TenantId, T> work) {
    TenantId tenant = TenantTokens.tenantOf(token).orElseThrow(ComplaintNotFound::new);
    return tenancy.runAs(tenant, () -> work.apply(tenant));
  }

  // ---------------------------------------------------------------- staff

  /** A complaint that came through the API, not yet assigned. */
  @Transactional
  public Receipt record(Intake intake, Channel channel) {
    return record(null, intake, channel);
  }

  /**
   * A complaint a member records on the customer's behalf (a call, a visit): it is theirs and their unit's, so they
   * see and handle it, unless an ADMIN records it, who triages. {@code staff} null: through the API, unassigned.
   */
  @Transactional
  public Receipt record(Staff staff, Intake intake, Channel channel) {
    if (channel == Channel.WEB || channel == Channel.SURVEY) {
      throw new InvalidException("channel", channel == Channel.WEB ? "WEB is the public form's channel"
          : "SURVEY is for recovery cases opened by survey answers");
    }
    MemberId recorder = staff == null || staff.roles().contains(Role.ADMIN) ? null : staff.member();
    UnitId unit = recorder == null ? null : tenants.profile(recorder).flatMap(p -> p.unit()).orElse(null);
    return receive(Tenancy.requireTenant(), intake, channel, unit, recorder);
  }

  private Receipt receive(TenantId tenant, Intake intake, Channel channel) {
    return receive(tenant, intake, channel, null, null);
  }

  private Receipt receive(TenantId tenant, Intake intake, Channel channel, UnitId unit, MemberId assignee) {
    String touchpoint = touchpoints.nameOf(tenant, intake.touchpointId());
    complaints.lockNumbers(tenant);
    if (intake.clientSubmissionId() != null) {
      Optional<Complaints.Submitted> earlier = complaints.bySubmission(tenant, intake.clientSubmissionId());
      if (earlier.isPresent()) {
        return new Receipt(earlier.get().complaint().id(), earlier.get().complaint().reference(),
            earlier.get().statusToken());
      }
    }
    CustomerId customer = customers.findOrCreate(
        new CustomerDetails(intake.email(), null, intake.name(), intake.language(), Map.of()));
    String token = TenantTokens.create(tenant);
    Complaint created = open(tenant, new Complaints.NewComplaint(customer, ComplaintKind.COMPLAINT, channel,
        touchpoint, null, null, unit, assignee, subjectOf(intake), intake.description().strip(),
        blankToNull(intake.orderReference()), intake.clientSubmissionId(), token));
    return new Receipt(created.id(), created.reference(), token);
  }

  /** Creates a complaint of a known customer, from any intake or as a recovery case: the one way complaints begin. */
  Complaint open(TenantId tenant, Complaints.NewComplaint complaint) {
    Complaint created = complaints.insert(tenant, ComplaintId.random(), complaint);
    sla.start(tenant, created);
    events.publish(new ComplaintReceived(tenant, created.id(), complaint.customer(), complaint.channel(),
        created.kind(), created.touchpoint()));
    return created;
  }

  /** The subject given, or the start of the description's first line. */
  static String subjectOf(Intake intake) {
    String subject = blankToNull(intake.subject());
    if (subject != null) {
      return subject.strip();
    }
    String firstLine = intake.description().strip().lines().findFirst().orElse("").strip();
    return firstLine.length() <= 80 ? firstLine : firstLine.substring(0, 79) + "…";
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Transactional(readOnly = true)
  public InboxPage inbox(Staff staff, InboxFilter filter, InboxSort sort, boolean descending,
      int page, int size) {
    return complaints.page(Tenancy.requireTenant(), visibility(staff), filter, sort, descending, page, size);
  }

  @Transactional(readOnly = true)
  public Detail detail(Staff staff, ComplaintId id) {
    Complaint c = visible(staff, id);
    List<SlaService.SlaClockView> clocks = sla.clocksOf(id);
    return new Detail(c, customers.find(c.customerId()).orElse(null), messages.of(Tenancy.requireTenant(), id, true),
        SlaSummary.of(clocks, sla.now()), clocks);
  }

  /** A public reply or an internal note; the first public reply opens a new complaint. */
  @Transactional
  public Detail addMessage(Staff staff, ComplaintId id, MessageType type, String body) {
    if (type == MessageType.CUSTOMER_MESSAGE) {
      throw new InvalidException("type", "must be PUBLIC_REPLY or INTERNAL_NOTE");
    }
    Complaint c = visible(staff, id);
    if (c.status() == ComplaintStatus.CLOSED) {
      throw new RuleViolation("the complaint is closed");
    }
    TenantId tenant = Tenancy.requireTenant();
    ComplaintMessage added = messages.add(tenant, id, type, staff.member(), body);
    if (type == MessageType.PUBLIC_REPLY) {
      mail.reply(c, added.id(), body);
      sla.replied(tenant, id);
    }
    if (type == MessageType.PUBLIC_REPLY && c.status() == ComplaintStatus.NEW) {
      complaints.changeStatus(tenant, id, ComplaintStatus.OPEN);
    } else {
      complaints.touch(tenant, id);
    }
    return detail(staff, id);
  }

  /** Moves the complaint to a status; CLOSED is final, RESOLVED may reopen. */
  @Transactional
  public Detail changeStatus(Staff staff, ComplaintId id, ComplaintStatus status) {
    return changeStatus(staff, id, status, null);
  }

  /**
   * Moves the complaint to a status as {@link #changeStatus(Staff, ComplaintId, ComplaintStatus)} does; closing may
   * record a root cause and whether the customer's issue was resolved, which a recovery case needs.
   */
  @Transactional
  public Detail changeStatus(Staff staff, ComplaintId id, ComplaintStatus status, ClosedLoop.Closure closure) {
    return changeStatus(staff, id, status, closure, null);
  }

  /**
   * Moves the complaint to a status as {@link #changeStatus(Staff, ComplaintId, ComplaintStatus, ClosedLoop.Closure)}
   * does. Resolving or closing asks every {@link ResolutionGuard} first: when something open is tied to the complaint
   * (promises), the change needs {@code settlement}, what happens to it, or it is refused with the obstacles listed.
   */
  @Transactional
  public Detail changeStatus(Staff staff, ComplaintId id, ComplaintStatus status, ClosedLoop.Closure closure,
      ResolutionGuard.Settlement settlement) {
    Complaint c = visible(staff, id);
    boolean ending = (status == ComplaintStatus.RESOLVED || status == ComplaintStatus.CLOSED)
        && c.status() != ComplaintStatus.RESOLVED && c.status() != ComplaintStatus.CLOSED;
    if (ending) {
      settleObstacles(staff, id, settlement);
    }
    if (c.status() == ComplaintStatus.CLOSED) {
      throw new RuleViolation("status", "a closed complaint cannot change its status");
    }
    if (status == ComplaintStatus.NEW && c.status() != ComplaintStatus.NEW) {
      throw new RuleViolation("status", "a complaint cannot become new again");
    }
    TenantId tenant = Tenancy.requireTenant();
    closures.apply(tenant, c, status, closure);
    complaints.changeStatus(tenant, id, status);
    sla.statusChanged(tenant, id, c.status(), status);
    if (status == ComplaintStatus.RESOLVED && c.status() != ComplaintStatus.RESOLVED) {
      events.publish(new ComplaintResolved(tenant, id, c.customerId(), c.kind(), c.categoryId(), c.unit(),
          c.assignee(), sla.now()));
    }
    return detail(staff, id);
  }

  /** Settles what the guards find open, as the resolver said, or refuses the resolution listing it. */
  private void settleObstacles(Staff staff, ComplaintId id, ResolutionGuard.Settlement settlement) {
    List<ResolutionGuard> all = guards.orderedStream().toList();
    List<ResolutionGuard.Obstacle> obstacles = new ArrayList<>();
    for (ResolutionGuard guard : all) {
      obstacles.addAll(guard.obstacles(id));
    }
    if (obstacles.isEmpty()) {
      return;
    }
    if (settlement == null) {
      throw new ConflictException(obstacles.size() == 1
          ? "An open promise is tied to this complaint: say whether it stays open, was kept, or is cancelled"
          : obstacles.size() + " open promises are tied to this complaint: say whether they stay open, were kept,"
            + " or are cancelled",
          Map.of("code", "open-promises", "obstacles", obstacles));
    }
    for (ResolutionGuard guard : all) {
      guard.settle(id, settlement, staff.member());
    }
  }

  /** Assigns the complaint to a unit and a member of the tenant (either may be null). */
  @Transactional
  public Detail assign(Staff staff, ComplaintId id, UnitId unit, MemberId assignee) {
    visible(staff, id);
    if (unit != null && tenants.unitAndSubunits(unit).isEmpty()) {
      throw new InvalidException("unitId", "is not a unit of the tenant");
    }
    if (assignee != null && tenants.profile(assignee).isEmpty()) {
      throw new InvalidException("assigneeId", "is not a member of the tenant");
    }
    complaints.assign(Tenancy.requireTenant(), id, unit, assignee);
    return detail(staff, id);
  }

  /**
   * Sets the complaint's category and priority (either may be null): the SLA policy is chosen again and the clocks
   * take its targets, keeping the working time used so far.
   */
  @Transactional
  public Detail classify(Staff staff, ComplaintId id, UUID categoryId, UUID priorityId) {
    Complaint c = visible(staff, id);
    if (c.status() == ComplaintStatus.CLOSED) {
      throw new RuleViolation("the complaint is closed");
    }
    TenantId tenant = Tenancy.requireTenant();
    List<FieldError> errors = new ArrayList<>();
    if (categoryId != null && classifications.find(tenant, Kind.CATEGORY, categoryId).isEmpty()) {
      errors.add(new FieldError("categoryId", "is not a category of the tenant"));
    }
    if (priorityId != null && classifications.find(tenant, Kind.PRIORITY, priorityId).isEmpty()) {
      errors.add(new FieldError("priorityId", "is not a priority of the tenant"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidException(errors);
    }
    complaints.classify(tenant, id, categoryId, priorityId);
    boolean responded = messages.of(tenant, id, false).stream().anyMatch(m -> m.type() == MessageType.PUBLIC_REPLY);
    sla.reclassified(tenant, complaints.find(tenant, id).orElseThrow(), responded);
    return detail(staff, id);
  }

  /**
   * The SLA report over the clocks decided from day {@code from} to day {@code to} (inclusive, in the tenant's report
   * time zone; null: unbounded) of the complaints the caller may see.
   */
  @Transactional(readOnly = true)
  public List<SlaService.SlaReportRow> slaReport(Staff staff, LocalDate from, LocalDate to,
      SlaService.ReportGroup groupBy) {
    return sla.report(visibility(staff), from, to, groupBy);
  }

  private Complaint visible(Staff staff, ComplaintId id) {
    TenantId tenant = Tenancy.requireTenant();
    Complaints.Visibility v = visibility(staff);
    Complaint c = complaints.find(tenant, id).orElseThrow(ComplaintNotFound::new);
    if (!v.sees(c)) {
      throw new ComplaintNotFound(); // what one may not see does not exist for them
    }
    return c;
  }

  /**
   * ADMIN (and EXECUTIVE, for reports) sees every complaint, a MANAGER those of their unit and the units below and
   * those without a unit yet (to triage), everyone their assigned ones.
   */
  private Complaints.Visibility visibility(Staff staff) {
    // an EXECUTIVE reads the tenant's reports; the controllers keep them out of the inbox and the complaint pages
    if (staff.roles().contains(Role.ADMIN) || staff.roles().contains(Role.EXECUTIVE)) {
      return new Complaints.Visibility(true, Set.of(), true, staff.member());
    }
    Set<UnitId> units = Set.of();
    if (staff.roles().contains(Role.MANAGER)) {
      units = tenants.profile(staff.member()).flatMap(p -> p.unit()).map(tenants::unitAndSubunits).orElse(Set.of());
    }
    // a MANAGER also triages: complaints no unit has yet (from the public form) are theirs to assign
    return new Complaints.Visibility(false, units, staff.roles().contains(Role.MANAGER), staff.member());
  }

  // ---------------------------------------------------------------- categories and priorities

  @Transactional(readOnly = true)
  public List<Classification> classifications(Kind kind) {
    return classifications.list(Tenancy.requireTenant(), kind);
  }

  @Transactional
  public Classification addClassification(Kind kind, String nameEn, String nameDe, boolean active, int position) {
    return classifications.insert(Tenancy.requireTenant(), kind,
        new Classification(UUID.randomUUID(), nameEn.strip(), nameDe.strip(), active, position));
  }

  @Transactional
  public Classification changeClassification(Kind kind, UUID id, String nameEn, String nameDe, boolean active,
      int position) {
    Classification changed = new Classification(id, nameEn.strip(), nameDe.strip(), active, position);
    if (!classifications.update(Tenancy.requireTenant(), kind, changed)) {
      throw new NotFoundException(kind.label());
    }
    return changed;
  }

  // ---------------------------------------------------------------- for the module's API (ComplaintsFacade)

  @Transactional(readOnly = true)
  public Optional<Complaint> find(ComplaintId id) {
    return complaints.find(Tenancy.requireTenant(), id);
  }

  @Transactional(readOnly = true)
  public Map<ComplaintStatus, Long> countByStatus() {
    return complaints.countByStatus(Tenancy.requireTenant());
  }

  @Transactional(readOnly = true)
  public List<FollowUpCsat> followUpCsat(FollowUpCsat.Grouping by, Instant from, Instant to) {
    return followUps.csat(Tenancy.requireTenant(), by, from, to);
  }
}

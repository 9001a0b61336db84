package io.fokus.promises.internal;

import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.ComplaintKind;
import io.fokus.complaints.ComplaintsApi;
import io.fokus.customers.Customer;
import io.fokus.customers.CustomerDetails;
import io.fokus.customers.CustomerDirectory;
import io.fokus.customers.CustomerId;
import io.fokus.platform.domain.ConflictException;
import io.fokus.platform.domain.FieldError;
import io.fokus.platform.domain.InvalidException;
import io.fokus.platform.domain.NotFoundException;
import io.fokus.platform.domain.NotPermittedException;
import io.fokus.platform.domain.RuleViolation;
import io.fokus.platform.events.TenantEvents;
import io.fokus.platform.security.CurrentUser;
import io.fokus.platform.security.Role;
import io.fokus.platform.tenancy.Tenancy;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.platform.tenancy.TenantTokens;
import io.fokus.promises.PromiseBroken;
import io.fokus.promises.PromiseCancelled;
import io.fokus.promises.PromiseId;
import io.fokus.promises.PromiseKept;
import io.fokus.promises.PromiseMade;
import io.fokus.promises.PromiseRenegotiated;
import io.fokus.promises.PromiseSource;
import io.fokus.promises.PromiseStatus;
import io.fokus.promises.internal.Promises.HistoryEntry;
import io.fokus.surveys.ResponseId;
import io.fokus.surveys.SurveyRequests;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.MemberProfiles.MemberProfile;
import io.fokus.tenants.TenantNames;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The promise ledger for the staff (DESIGN.md §9): record a promise, list and read them as one's role allows, keep,
 * break, renegotiate, cancel, reassign, and tell the customer. STAFF see and act on the promises they own; a MANAGER
 * on those of their units (and the units below) and their own; ADMIN on all; EXECUTIVE reads all. A promise the
 * caller may not see is not found.
 */
@Service
public class PromiseService {

  static final int MAX_TEXT = 2000;
  static final int MAX_WITHIN_DAYS = 60;
  static final int EXPORT_LIMIT = 100_000;

  private final Promises promises;
  private final PromiseRollup rollup;
  private final PromiseSettings settings;
  private final Reminders reminders;
  private final PromiseMail mail;
  private final TenantsApi tenants;
  private final CustomerDirectory customers;
  private final ComplaintsApi complaints;
  private final SurveyRequests surveys;
  private final TenantEvents events;
  private final Clock clock;
  private final Tenancy tenancy;
  private final TenantNames tenantNames;

  PromiseService(Promises promises, PromiseRollup rollup, PromiseSettings settings, Reminders reminders,
      PromiseMail mail, TenantsApi tenants, CustomerDirectory customers, ComplaintsApi complaints,
      SurveyRequests surveys, TenantEvents events, Clock clock, Tenancy tenancy, TenantNames tenantNames) {
    this.tenancy = tenancy;
    this.tenantNames = tenantNames;
    this.promises = promises;
    this.rollup = rollup;
    this.settings = settings;
    this.reminders = reminders;
    this.mail = mail;
    this.tenants = tenants;
    this.customers = customers;
    this.complaints = complaints;
    this.surveys = surveys;
    this.events = events;
    this.clock = clock;
  }

  /** The signed-in member asking, with the roles held in the tenant. */
  public record Actor(MemberId member, Set<Role> roles) {

    /** The signed-in member of the request. */
    public static Actor current() {
      CurrentUser user = CurrentUser.get();
      return new Actor(user.memberId().map(MemberId::new).orElseThrow(), user.roles());
    }

    boolean admin() {
      return roles.contains(Role.ADMIN);
    }

    boolean readsAll() {
      return roles.contains(Role.ADMIN) || roles.contains(Role.EXECUTIVE);
    }
  }

  /**
   * When a promise is due: on a day (at a time, or at the end of that day's working time), or within N working days.
   * Exactly one of {@code day} and {@code withinWorkingDays} is given.
   */
  public record DueRequest(LocalDate day, LocalTime time, Integer withinWorkingDays) {
  }

  /**
   * A promise to record. The customer is named by id, or by email (found or created with the name and language); a
   * complaint source defaults to the complaint's customer.
   */
  public record NewPromiseRequest(String text, UUID customerId, String customerEmail, String customerName,
      String customerLanguage, UUID ownerId, UUID unitId, DueRequest due, PromiseSource.Kind sourceKind,
      UUID sourceId, boolean notifyCustomer, String clientRequestId) {
  }

  /** A promise as the pages show it, with names. */
  public record View(Promise promise, Customer customer, String ownerName, String unitName, String sourceReference,
      DueState dueState) {
  }

  /** Where an open promise stands against its due time (due passed, due later today, due after today). */
  public enum DueState {
    OVERDUE, TODAY, UPCOMING
  }

  /** The orders of a list. */
  public enum Sort {
    DUE_AT, CREATED_AT, DECIDED_AT
  }

  /** A promise's page. */
  public record Detail(View view, List<PromiseHistoryEntry> history, String statusToken, boolean canAct) {
  }

  public record PromiseHistoryEntry(Instant at, PromiseAction action, UUID actorId, String actorName, Instant dueBefore,
      Instant dueAfter, String note) {
  }

  public record Summary(long overdue, long dueToday, long upcoming) {

    public long open() {
      return overdue + dueToday + upcoming;
    }
  }

  /** A list's filters (see {@link Promises.Filter}); {@code mine}: only the caller's own. */
  public record ListFilter(boolean mine, Collection<PromiseStatus> statuses, boolean openOnly,
      DueState dueState, UUID ownerId, UUID unitId, PromiseSource.Kind sourceKind, UUID customerId,
      UUID sourceId, LocalDate dueFrom, LocalDate dueTo, String query) {
  }

  public record ListPage(List<View> items, int page, int size, long total) {
  }

  // ------------------------------------------------------------------------------------------------ recording

  /**
   * Records a promise; the same {@code clientRequestId} again returns the first one. The owner defaults to the caller,
   * the unit to the owner's.
   */
  @Transactional
  public Detail record(Actor actor, NewPromiseRequest request) {
    TenantId tenant = Tenancy.requireTenant();
    if (actor.roles().contains(Role.EXECUTIVE) && !actor.admin() && !actor.roles().contains(Role.MANAGER)
        && !actor.roles().contains(Role.STAFF)) {
      throw new NotPermittedException("executives read promises; staff and managers make them");
    }
    List<FieldError> errors = new ArrayList<>();
    String text = request.text() == null ? "" : request.text().strip();
    if (text.isEmpty()) {
      errors.add(new FieldError("text", "must not be blank"));
    } else if (text.length() > MAX_TEXT) {
      errors.add(new FieldError("text", "must be at most " + MAX_TEXT + " characters"));
    }
    if (request.sourceKind() == null) {
      errors.add(new FieldError("sourceKind", "must not be null"));
    } else if ((request.sourceKind() == PromiseSource.Kind.MANUAL) != (request.sourceId() == null)) {
      errors.add(new FieldError("sourceId", request.sourceKind() == PromiseSource.Kind.MANUAL
          ? "must be empty for a manual promise" : "names the complaint or survey response"));
    }
    checkDue(request.due(), errors);
    if (!errors.isEmpty()) {
      throw new InvalidException(errors);
    }
    promises.lockNumbers(tenant);
    if (request.clientRequestId() != null) {
      Optional<Promise> earlier = promises.byRequest(tenant, request.clientRequestId());
      if (earlier.isPresent()) {
        return detail(actor, earlier.get().id());
      }
    }
    // where it was made, and to whom
    PromiseSource source = new PromiseSource(request.sourceKind(), request.sourceId());
    CustomerId sourceCustomer = null;
    UnitId sourceUnit = null;
    if (source.kind() == PromiseSource.Kind.COMPLAINT || source.kind() == PromiseSource.Kind.RECOVERY_CASE) {
      Complaint complaint = complaints.find(new ComplaintId(source.id()))
          .orElseThrow(() -> new InvalidException("sourceId", "is not a complaint of the tenant"));
      source = new PromiseSource(complaint.kind() == ComplaintKind.RECOVERY ? PromiseSource.Kind.RECOVERY_CASE
          : PromiseSource.Kind.COMPLAINT, complaint.id().value());
      sourceCustomer = complaint.customerId();
      sourceUnit = complaint.unit();
    } else if (source.kind() == PromiseSource.Kind.SURVEY_RESPONSE) {
      sourceCustomer = surveys.respondent(new ResponseId(source.id()))
          .orElseThrow(() -> new InvalidException("sourceId", "is not a known customer's survey response"));
    }
    CustomerId customer = customerOf(request, sourceCustomer);
    // who owns it
    MemberId owner = request.ownerId() == null ? actor.member() : new MemberId(request.ownerId());
    MemberProfile ownerProfile = tenants.profile(owner)
        .orElseThrow(() -> new InvalidException("ownerId", "is not a member of the tenant"));
    UnitId unit = request.unitId() != null ? new UnitId(request.unitId())
        : ownerProfile.unit().orElse(sourceUnit);
    if (request.unitId() != null && tenants.unitAndSubunits(unit).isEmpty()) {
      throw new InvalidException("unitId", "is not a unit of the tenant");
    }
    if (!owner.equals(actor.member()) || request.unitId() != null) {
      mayAssign(actor, owner, unit);
    }
    Instant now = clock.instant();
    PromiseSchedule schedule = schedule();
    PromiseSchedule.Due due = due(schedule, request.due(), now, "due");
    PromiseRules rules = settings.of(tenant);
    Promise made = promises.insert(tenant, PromiseId.random(), new Promises.NewPromise(text, customer, owner, unit,
        source, due, schedule.breakAt(due.at(), rules.graceWorkingDays()), actor.member(),
        TenantTokens.create(tenant), request.clientRequestId()), now);
    promises.record(tenant, made.id(), new HistoryEntry(now, PromiseAction.MADE, actor.member(), null, due.at(), null));
    reminders.schedule(tenant, made.id(),
        schedule.reminders(due.at(), due.on(), rules.reminderWorkingDays(), now));
    events.publish(new PromiseMade(tenant, made.id(), customer, owner, unit, source, due.at()));
    if (request.notifyCustomer()) {
      notify(tenant, actor, made, now);
    }
    return detail(actor, made.id());
  }

  private CustomerId customerOf(NewPromiseRequest request, CustomerId fromSource) {
    if (request.customerId() != null) {
      CustomerId id = new CustomerId(request.customerId());
      if (customers.find(id).isEmpty()) {
        throw new InvalidException("customerId", "is not a customer of the tenant");
      }
      if (fromSource != null && !fromSource.equals(id)) {
        throw new InvalidException("customerId", "is not the customer of the source");
      }
      return id;
    }
    if (request.customerEmail() != null && !request.customerEmail().isBlank()) {
      CustomerId id = customers.findOrCreate(new CustomerDetails(request.customerEmail().strip(), null,
          blankToNull(request.customerName()), blankToNull(request.customerLanguage()), Map.of()));
      if (fromSource != null && !fromSource.equals(id)) {
        throw new InvalidException("customerEmail", "is not the customer of the source");
      }
      return id;
    }
    if (fromSource != null) {
      return fromSource;
    }
    throw new InvalidException("customerId", "names the customer (or give customerEmail)");
  }

  /** Whether the actor may give a promise to this owner and unit: a manager within their units, an admin anywhere. */
  private void mayAssign(Actor actor, MemberId owner, UnitId unit) {
    if (actor.admin()) {
      return;
    }
    if (!actor.roles().contains(Role.MANAGER)) {
      throw new NotPermittedException("only managers and admins give promises to others or other units");
    }
    Set<UnitId> managed = managedUnits(actor);
    MemberProfile profile = tenants.profile(owner).orElseThrow();
    boolean ownerInUnits = owner.equals(actor.member()) || profile.unit().map(managed::contains).orElse(false);
    if (!ownerInUnits || (unit != null && !managed.contains(unit))) {
      throw new NotPermittedException("a manager gives promises to members of their units only");
    }
  }

  private static void checkDue(DueRequest due, List<FieldError> errors) {
    if (due == null || (due.day() == null) == (due.withinWorkingDays() == null)) {
      errors.add(new FieldError("dueDate", "give the due date or within how many working days"));
      return;
    }
    if (due.withinWorkingDays() != null
        && (due.withinWorkingDays() < 0 || due.withinWorkingDays() > MAX_WITHIN_DAYS)) {
      errors.add(new FieldError("withinWorkingDays", "must be between 0 and " + MAX_WITHIN_DAYS));
    }
    if (due.time() != null && due.day() == null) {
      errors.add(new FieldError("dueTime", "needs a due date"));
    }
  }

  private PromiseSchedule.Due due(PromiseSchedule schedule, DueRequest request, Instant now, String field) {
    PromiseSchedule.Due due = request.withinWorkingDays() != null
        ? schedule.withinWorkingDays(now, request.withinWorkingDays())
        : schedule.on(request.day(), request.time());
    if (!due.at().isAfter(now)) {
      throw new InvalidException(request.withinWorkingDays() != null ? "withinWorkingDays" : field + "Date",
          "the due time must lie in the future");
    }
    if (due.on().isAfter(schedule.dayOf(now).plusYears(5))) {
      throw new InvalidException(field + "Date", "must be within five years");
    }
    return due;
  }

  PromiseSchedule schedule() {
    return new PromiseSchedule(tenants.defaultWorkingCalendar());
  }

  // ------------------------------------------------------------------------------------------------ reading

  @Transactional(readOnly = true)
  public Detail detail(Actor actor, PromiseId id) {
    TenantId tenant = Tenancy.requireTenant();
    Promise p = visible(actor, id);
    View view = views(List.of(p)).get(0);
    List<HistoryEntry> history = promises.history(tenant, id);
    Map<MemberId, String> names = tenants.memberNames(history.stream().map(HistoryEntry::actor)
        .filter(Objects::nonNull).toList());
    List<PromiseHistoryEntry> entries = history.stream().map(h -> new PromiseHistoryEntry(h.at(), h.action(),
        h.actor() == null ? null : h.actor().value(), h.actor() == null ? null : names.get(h.actor()), h.dueBefore(),
        h.dueAfter(), h.note())).toList();
    String token = Promises.ERASED.equals(p.text()) ? null : promises.statusToken(tenant, id).orElse(null);
    return new Detail(view, entries, token, canAct(actor, p));
  }

  @Transactional(readOnly = true)
  public ListPage list(Actor actor, ListFilter filter, Sort sort, boolean descending, int page, int size) {
    TenantId tenant = Tenancy.requireTenant();
    Instant now = clock.instant();
    PromiseSchedule schedule = schedule();
    LocalDate today = schedule.dayOf(now);
    Instant endOfToday = today.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
    Promises.Page result = promises.page(tenant, visibility(actor), filter(actor, filter), sort, descending, page,
        size, now, today, endOfToday);
    return new ListPage(views(result.items()), page, size, result.total());
  }

  /** The list's promises one after another, at most {@value #EXPORT_LIMIT}, for the CSV export. */
  @Transactional(readOnly = true)
  public void export(Actor actor, ListFilter filter, Sort sort, boolean descending, Consumer<View> each) {
    TenantId tenant = Tenancy.requireTenant();
    Instant now = clock.instant();
    PromiseSchedule schedule = schedule();
    LocalDate today = schedule.dayOf(now);
    Instant endOfToday = today.plusDays(1).atStartOfDay(schedule.zone()).toInstant();
    List<Promise> batch = new ArrayList<>();
    promises.forEach(tenant, visibility(actor), filter(actor, filter), sort, descending, EXPORT_LIMIT, now, today,
        endOfToday, p -> {
          batch.add(p);
          if (batch.size() == 500) {
            views(batch).forEach(each);
            batch.clear();
          }
        });
    views(batch).forEach(each);
  }

  @Transactional(readOnly = true)
  public Summary summary(Actor actor) {
    Instant now = clock.instant();
    PromiseSchedule schedule = schedule();
    Instant endOfToday = schedule.dayOf(now).plusDays(1).atStartOfDay(schedule.zone()).toInstant();
    long[] counts = promises.summary(Tenancy.requireTenant(), actor.member(), now, endOfToday);
    return new Summary(counts[0], counts[1], counts[2]);
  }

  private Promises.Filter filter(Actor actor, ListFilter f) {
    if (f.unitId() != null && tenants.unitAndSubunits(new UnitId(f.unitId())).isEmpty()) {
      throw new InvalidException("unitId", "is not a unit of the tenant");
    }
    MemberId owner = f.mine() ? actor.member() : f.ownerId() == null ? null : new MemberId(f.ownerId());
    return new Promises.Filter(owner, f.statuses(), f.openOnly(), f.dueState(),
        f.unitId() == null ? null : new UnitId(f.unitId()), f.sourceKind(),
        f.customerId() == null ? null : new CustomerId(f.customerId()), f.sourceId(), f.dueFrom(), f.dueTo(),
        blankToNull(f.query()));
  }

  /** Names and customers of a page of promises, fetched once for all. */
  private List<View> views(List<Promise> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    Map<CustomerId, Customer> people = customers.findAll(page.stream().map(Promise::customerId).toList());
    Map<MemberId, String> owners = tenants.memberNames(page.stream().map(Promise::owner).toList());
    Map<UnitId, String> units = tenants.unitNames(page.stream().map(Promise::unit)
        .filter(Objects::nonNull).toList());
    Map<UUID, String> references = new HashMap<>();
    for (Promise p : page) {
      if (p.source().kind() == PromiseSource.Kind.COMPLAINT || p.source().kind() == PromiseSource.Kind.RECOVERY_CASE) {
        references.computeIfAbsent(p.source().id(), id -> complaints.find(new ComplaintId(id))
            .map(Complaint::reference).orElse(null));
      }
    }
    Instant now = clock.instant();
    PromiseSchedule schedule = schedule();
    Instant endOfToday = schedule.dayOf(now).plusDays(1).atStartOfDay(schedule.zone()).toInstant();
    return page.stream().map(p -> new View(p, people.get(p.customerId()), owners.get(p.owner()),
        p.unit() == null ? null : units.get(p.unit()),
        p.source().id() == null ? null : references.get(p.source().id()),
        !p.status().isOpen() ? null : !p.dueAt().isAfter(now) ? DueState.OVERDUE
            : p.dueAt().isBefore(endOfToday) ? DueState.TODAY : DueState.UPCOMING)).toList();
  }

  Promises.Visibility visibility(Actor actor) {
    if (actor.readsAll()) {
      return new Promises.Visibility(true, Set.of(), actor.member());
    }
    return new Promises.Visibility(false, actor.roles().contains(Role.MANAGER) ? managedUnits(actor) : Set.of(),
        actor.member());
  }

  private Set<UnitId> managedUnits(Actor actor) {
    return tenants.profile(actor.member()).flatMap(MemberProfile::unit).map(tenants::unitAndSubunits)
        .orElse(Set.of());
  }

  private Promise visible(Actor actor, PromiseId id) {
    TenantId tenant = Tenancy.requireTenant();
    return promises.find(tenant, id).filter(visibility(actor)::sees).orElseThrow(PromiseNotFound::new);
  }

  /** Whether the actor may decide about the promise: its owner, a manager of its unit, an admin. */
  boolean canAct(Actor actor, Promise p) {
    if (actor.admin() || p.owner().equals(actor.member())) {
      return true;
    }
    return actor.roles().contains(Role.MANAGER) && p.unit() != null && managedUnits(actor).contains(p.unit());
  }

  // ------------------------------------------------------------------------------------------------ deciding

  /** The promise, locked, that the actor sees and may act on. */
  private Promise actionable(Actor actor, PromiseId id) {
    TenantId tenant = Tenancy.requireTenant();
    Promise p = promises.lock(tenant, id).filter(visibility(actor)::sees).orElseThrow(PromiseNotFound::new);
    if (!canAct(actor, p)) {
      throw new NotPermittedException("only the promise's owner, a manager of its unit or an admin may do that");
    }
    return p;
  }

  private static void mustBeOpen(Promise p) {
    if (!p.status().isOpen()) {
      throw new ConflictException("status", "the promise is " + p.status().name().toLowerCase() + " already");
    }
  }

  @Transactional
  public Detail keep(Actor actor, PromiseId id, String note) {
    Promise p = actionable(actor, id);
    mustBeOpen(p);
    decide(Tenancy.requireTenant(), p, PromiseStatus.KEPT, actor.member(), note(note, "note"));
    return detail(actor, id);
  }

  @Transactional
  public Detail breakPromise(Actor actor, PromiseId id, String note) {
    Promise p = actionable(actor, id);
    mustBeOpen(p);
    decide(Tenancy.requireTenant(), p, PromiseStatus.BROKEN, actor.member(), note(note, "note"));
    return detail(actor, id);
  }

  @Transactional
  public Detail cancel(Actor actor, PromiseId id, String reason) {
    String why = note(reason, "reason");
    if (why == null) {
      throw new InvalidException("reason", "say why the promise is cancelled");
    }
    Promise p = actionable(actor, id);
    mustBeOpen(p);
    decide(Tenancy.requireTenant(), p, PromiseStatus.CANCELLED, actor.member(), why);
    return detail(actor, id);
  }

  /** Decides an open promise now (the caller holds its lock), with history, rollup, reminders and the event. */
  void decide(TenantId tenant, Promise p, PromiseStatus status, MemberId actor, String note) {
    Instant now = clock.instant();
    LocalDate today = schedule().dayOf(now);
    if (!promises.decide(tenant, p.id(), status, now, today)) {
      return;
    }
    Promise decided = promises.find(tenant, p.id()).orElseThrow();
    PromiseAction action = switch (status) {
      case KEPT -> PromiseAction.KEPT;
      case BROKEN -> PromiseAction.BROKEN;
      default -> PromiseAction.CANCELLED;
    };
    promises.record(tenant, p.id(), new HistoryEntry(now, action, actor, null, null, note));
    rollup.change(tenant, null, decided);
    reminders.cancel(tenant, p.id());
    switch (status) {
      case KEPT -> events.publish(new PromiseKept(tenant, p.id(), p.customerId(), p.owner(), p.unit(), p.source(),
          p.dueAt(), now));
      case BROKEN -> events.publish(new PromiseBroken(tenant, p.id(), p.customerId(), p.owner(), p.unit(),
          p.source(), p.dueAt(), now, false));
      default -> events.publish(new PromiseCancelled(tenant, p.id(), p.customerId(), p.owner(), p.unit(),
          p.source()));
    }
  }

  /** A new due time the customer agreed to; the old one stays in the history and counts as a renegotiation. */
  @Transactional
  public Detail renegotiate(Actor actor, PromiseId id, DueRequest request, String note) {
    List<FieldError> errors = new ArrayList<>();
    checkDue(request, errors);
    String agreed = note(note, "note");
    if (agreed == null) {
      errors.add(new FieldError("note", "say what the customer agreed to"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidException(errors);
    }
    TenantId tenant = Tenancy.requireTenant();
    Promise p = actionable(actor, id);
    mustBeOpen(p);
    Instant now = clock.instant();
    PromiseSchedule schedule = schedule();
    PromiseSchedule.Due due = due(schedule, request, now, "due");
    if (due.at().equals(p.dueAt())) {
      throw new InvalidException("dueDate", "is the promise's due time already");
    }
    PromiseRules rules = settings.of(tenant);
    promises.renegotiate(tenant, id, due, schedule.breakAt(due.at(), rules.graceWorkingDays()));
    promises.record(tenant, id, new HistoryEntry(now, PromiseAction.RENEGOTIATED, actor.member(), p.dueAt(), due.at(),
        agreed));
    reminders.schedule(tenant, id, schedule.reminders(due.at(), due.on(), rules.reminderWorkingDays(), now));
    events.publish(new PromiseRenegotiated(tenant, id, p.customerId(), p.owner(), p.unit(), p.source(), p.dueAt(),
        due.at()));
    return detail(actor, id);
  }

  /** A broken promise that was delivered after all: it stays broken, and counts for the lateness. */
  @Transactional
  public Detail fulfilledLate(Actor actor, PromiseId id, String note) {
    TenantId tenant = Tenancy.requireTenant();
    Promise p = actionable(actor, id);
    if (p.status() != PromiseStatus.BROKEN) {
      throw new ConflictException("status", "only a broken promise can be fulfilled late");
    }
    if (p.fulfilledLateAt() != null) {
      throw new ConflictException("status", "the promise was fulfilled late already");
    }
    Instant now = clock.instant();
    promises.fulfilledLate(tenant, id, now);
    rollup.change(tenant, p, promises.find(tenant, id).orElseThrow());
    promises.record(tenant, id, new HistoryEntry(now, PromiseAction.FULFILLED_LATE, actor.member(), null, null,
        note(note, "note")));
    return detail(actor, id);
  }

  /** Gives an open promise to another owner (and unit): a manager within their units, an admin anywhere. */
  @Transactional
  public Detail reassign(Actor actor, PromiseId id, UUID ownerId, UUID unitId) {
    if (ownerId == null) {
      throw new InvalidException("ownerId", "must not be null");
    }
    TenantId tenant = Tenancy.requireTenant();
    Promise p = actionable(actor, id);
    mustBeOpen(p);
    MemberId owner = new MemberId(ownerId);
    MemberProfile profile = tenants.profile(owner)
        .orElseThrow(() -> new InvalidException("ownerId", "is not a member of the tenant"));
    UnitId unit = unitId != null ? new UnitId(unitId) : profile.unit().orElse(null);
    if (unitId != null && tenants.unitAndSubunits(unit).isEmpty()) {
      throw new InvalidException("unitId", "is not a unit of the tenant");
    }
    mayAssign(actor, owner, unit);
    promises.reassign(tenant, id, owner, unit);
    promises.record(tenant, id, new HistoryEntry(clock.instant(), PromiseAction.REASSIGNED, actor.member(), null, null,
        tenants.memberNames(List.of(owner)).getOrDefault(owner, "")));
    return detail(actor, id);
  }

  /** Mails the customer what was promised and when, with the status page's link. */
  @Transactional
  public Detail notifyCustomer(Actor actor, PromiseId id) {
    TenantId tenant = Tenancy.requireTenant();
    Promise p = actionable(actor, id);
    notify(tenant, actor, p, clock.instant());
    return detail(actor, id);
  }

  private void notify(TenantId tenant, Actor actor, Promise p, Instant now) {
    if (!mail.enabled()) {
      throw new RuleViolation("notifyCustomer", "mail is not set up (SMTP), so the customer cannot be told");
    }
    if (Promises.ERASED.equals(p.text()) || !mail.tell(tenant, p, now)) {
      throw new RuleViolation("notifyCustomer", "the customer cannot be reached");
    }
    promises.customerNotified(tenant, p.id(), now);
    promises.record(tenant, p.id(), new HistoryEntry(now, PromiseAction.CUSTOMER_NOTIFIED, actor.member(), null, null,
        null));
  }

  // ------------------------------------------------------------------------------------------------ public page

  /** What the customer's status page shows: what was promised, by when, and what became of it; no names, no notes. */
  public record PromisePublicView(String organization, String reference, String text, PromiseStatus status, Instant dueAt,
      LocalDate dueOn, Instant decidedAt, List<PromisePublicHistory> history) {
  }

  public record PromisePublicHistory(Instant at, PromiseAction action, Instant dueAfter) {
  }

  private static final Set<PromiseAction> PUBLIC_ACTIONS = Set.of(PromiseAction.MADE, PromiseAction.RENEGOTIATED, PromiseAction.KEPT,
      PromiseAction.BROKEN, PromiseAction.BROKEN_AUTOMATICALLY, PromiseAction.CANCELLED, PromiseAction.FULFILLED_LATE);

  @Transactional(readOnly = true)
  public PromisePublicView publicView(String statusToken) {
    TenantId tenant = TenantTokens.tenantOf(statusToken).orElseThrow(PromiseNotFound::new);
    return tenancy.runAs(tenant, () -> {
      Promise p = promises.byStatusToken(tenant, statusToken).orElseThrow(PromiseNotFound::new);
      List<PromisePublicHistory> history = promises.history(tenant, p.id()).stream()
          .filter(h -> PUBLIC_ACTIONS.contains(h.action()))
          .map(h -> new PromisePublicHistory(h.at(), h.action(), h.dueAfter())).toList();
      return new PromisePublicView(tenantNames.currentName().orElse("Fokus"), p.reference(), p.text(), p.status(),
          p.dueAt(), p.dueOn(), p.decidedAt(), history);
    });
  }

  // ------------------------------------------------------------------------------------------------ settings

  @Transactional(readOnly = true)
  public PromiseRules settings() {
    return settings.of(Tenancy.requireTenant());
  }

  /**
   * Changes the grace period and reminder days; the open promises' break times and unsent reminders follow, in
   * batches within this transaction.
   */
  @Transactional
  public PromiseRules changeSettings(int graceWorkingDays, List<Integer> reminderWorkingDays) {
    List<FieldError> errors = new ArrayList<>();
    if (graceWorkingDays < 0 || graceWorkingDays > 30) {
      errors.add(new FieldError("graceWorkingDays", "must be between 0 and 30"));
    }
    if (reminderWorkingDays == null || reminderWorkingDays.size() > 5) {
      errors.add(new FieldError("reminderWorkingDays", "at most five reminders"));
    } else if (reminderWorkingDays.stream().anyMatch(d -> d == null || d < 0 || d > 30)) {
      errors.add(new FieldError("reminderWorkingDays", "each must be between 0 and 30 working days"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidException(errors);
    }
    TenantId tenant = Tenancy.requireTenant();
    PromiseRules changed = new PromiseRules(graceWorkingDays, new ArrayList<>(new TreeSet<>(reminderWorkingDays))
        .reversed());
    PromiseRules before = settings.of(tenant);
    settings.save(tenant, changed);
    if (!before.equals(changed)) {
      PromiseSchedule schedule = schedule();
      Instant now = clock.instant();
      UUID after = null;
      List<Promise> batch;
      do {
        batch = promises.openAfter(tenant, after, 1000);
        for (Promise p : batch) {
          promises.rescheduleBreak(tenant, p.id(), schedule.breakAt(p.dueAt(), graceWorkingDays));
          reminders.schedule(tenant, p.id(), schedule.reminders(p.dueAt(), p.dueOn(), changed.reminderWorkingDays(),
              now));
          after = p.id().value();
        }
      } while (batch.size() == 1000);
    }
    return changed;
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private static String note(String note, String field) {
    String n = blankToNull(note);
    if (n != null && n.length() > MAX_TEXT) {
      throw new InvalidException(field, "must be at most " + MAX_TEXT + " characters");
    }
    return n;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

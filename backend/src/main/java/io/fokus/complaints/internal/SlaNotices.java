package io.fokus.complaints.internal;

import io.fokus.complaints.Complaint;
import io.fokus.complaints.ComplaintId;
import io.fokus.complaints.SlaBreached;
import io.fokus.complaints.SlaClockKind;
import io.fokus.complaints.SlaWarning;
import io.fokus.platform.tenancy.TenantId;
import io.fokus.tenants.MemberId;
import io.fokus.tenants.Notice;
import io.fokus.tenants.Notifications;
import io.fokus.tenants.TenantsApi;
import io.fokus.tenants.UnitId;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about SLA clocks running out (DESIGN.md §8), in the app and by mail: a warning goes to the assignee
 * (to the unit's managers while nobody is assigned), a breach to the assignee and the unit's managers — escalation.
 * Once per clock and person: the notice key names the complaint and the clock, so a redelivered event notifies
 * nobody again.
 */
@Component
class SlaNotices {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Notifications notifications;
  private final Complaints complaints;
  private final TenantsApi tenants;

  SlaNotices(Notifications notifications, Complaints complaints, TenantsApi tenants) {
    this.notifications = notifications;
    this.complaints = complaints;
    this.tenants = tenants;
  }

  @ApplicationModuleListener
  void on(SlaWarning event) {
    Set<MemberId> to = event.assignee() != null ? Set.of(event.assignee()) : notifications.managersOf(event.unit());
    complaint(event.tenantId(), event.complaintId()).ifPresent(c -> notifications.notify(to, new Notice(
        "complaints.sla-warning", "sla-warning:" + c.id().value() + ":" + event.clock(),
        name(event.clock(), false) + " due soon: " + c.reference(),
        name(event.clock(), true) + " bald fällig: " + c.reference(),
        "“" + c.subject() + "” is due at " + when(event.dueAt()) + ".",
        "„" + c.subject() + "“ ist fällig am " + when(event.dueAt()) + ".",
        "/complaints/" + c.id().value())));
  }

  @ApplicationModuleListener
  void on(SlaBreached event) {
    Set<MemberId> to = new LinkedHashSet<>();
    if (event.assignee() != null) {
      to.add(event.assignee());
    }
    to.addAll(notifications.managersOf(event.unit()));
    complaint(event.tenantId(), event.complaintId()).ifPresent(c -> notifications.notify(to, new Notice(
        "complaints.sla-breach", "sla-breach:" + c.id().value() + ":" + event.clock(),
        name(event.clock(), false) + " overdue: " + c.reference(),
        name(event.clock(), true) + " überfällig: " + c.reference(),
        "“" + c.subject() + "” missed its " + name(event.clock(), false).toLowerCase() + " target"
            + (event.dueAt() == null ? "." : " at " + when(event.dueAt()) + ".") + assignment(event.unit(), false),
        "„" + c.subject() + "“ hat das Ziel „" + name(event.clock(), true) + "“ verfehlt"
            + (event.dueAt() == null ? "." : " (fällig am " + when(event.dueAt()) + ").")
            + assignment(event.unit(), true),
        "/complaints/" + c.id().value())));
  }

  private Optional<Complaint> complaint(TenantId tenant, ComplaintId id) {
    return complaints.find(tenant, id);
  }

  private String when(Instant instant) {
    var zone = tenants.calendar().zone();
    return WHEN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  private static String assignment(UnitId unit, boolean german) {
    if (unit != null) {
      return "";
    }
    return german ? " Die Beschwerde ist noch keinem Team zugeordnet." : " The complaint is not assigned to a team yet.";
  }

  private static String name(SlaClockKind clock, boolean german) {
    return switch (clock) {
      case FIRST_RESPONSE -> german ? "Erste Antwort" : "First response";
      case RESOLUTION -> german ? "Lösung" : "Resolution";
    };
  }
}

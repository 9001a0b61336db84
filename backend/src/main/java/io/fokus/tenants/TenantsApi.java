package io.fokus.tenants;

import io.fokus.platform.tenancy.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What other modules may ask the tenants module. Everything but {@link #allTenants()} answers for the current
 * tenant ({@code Tenancy}); another tenant's member or unit is not found. {@link TenantDirectory} and
 * {@link MemberProfiles} are narrower views of the same bean.
 */
public interface TenantsApi extends TenantDirectory, MemberProfiles {

  /** All tenant ids, for jobs that then work inside each tenant's scope. */
  @Override
  List<TenantId> allTenants();

  /** The profile of a member of the current tenant, if the member exists. */
  Optional<MemberProfile> profile(MemberId member);

  /**
   * The unit and every unit below it, for "their units" checks (a manager sees the units under theirs); empty when
   * the unit does not exist.
   */
  Set<UnitId> unitAndSubunits(UnitId unit);

  /**
   * The current tenant's active members, by name; only those in {@code units} when given (null: all of them), at most
   * {@code limit}. For picking an assignee.
   */
  List<MemberSummary> activeMembers(Set<UnitId> units, int limit);

  /** Where each of the current tenant's active members sits (unit, level, roles), for assignments to groups. */
  List<MemberProfile> activeProfiles();

  /** The display names of the current tenant's members among {@code members} (deactivated ones too), for lists. */
  Map<MemberId, String> memberNames(Collection<MemberId> members);

  /** The names of the current tenant's units among {@code units}, for lists. */
  Map<UnitId, String> unitNames(Collection<UnitId> units);

  /** The current tenant's time zone and business hours, for SLA clocks. */
  BusinessCalendar calendar();

  /**
   * The working time of one of the current tenant's calendars, for SLA policies and promises; the tenant's own id
   * names the calendar of its business hours.
   *
   * @throws io.fokus.platform.domain.NotFoundException when the tenant has no such calendar
   */
  WorkingCalendar workingCalendar(CalendarId calendar);

  /** The working time of the current tenant's default calendar: its business hours until another is the default. */
  WorkingCalendar defaultWorkingCalendar();
}

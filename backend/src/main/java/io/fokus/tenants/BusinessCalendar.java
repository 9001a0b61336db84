package io.fokus.tenants;

import java.time.ZoneId;

/**
 * When a tenant is open: its time zone and business hours. SLA clocks count only these hours.
 *
 * @param zone the tenant's time zone, in which the hours hold
 */
public record BusinessCalendar(ZoneId zone, BusinessHours hours) {
}

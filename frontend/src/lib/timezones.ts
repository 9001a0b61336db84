const FALLBACK_TIMEZONE = 'UTC';

/** The browser's IANA time zone, e.g. "Europe/Berlin" (UTC when the browser doesn't tell). */
export function browserTimeZone(): string {
  try {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return zone && isValidTimeZone(zone) ? zone : FALLBACK_TIMEZONE;
  } catch {
    return FALLBACK_TIMEZONE;
  }
}

/** Region-style IANA ids ("Europe/Berlin", "America/Argentina/Buenos_Aires", "UTC"). */
const IANA_ZONE_ID = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** True for IANA zone ids the browser knows; offsets such as "+01:00" are rejected. */
export function isValidTimeZone(zone: string): boolean {
  if (!IANA_ZONE_ID.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** All IANA zones the browser supports, sorted, always including UTC and the given extras. */
export function availableTimeZones(...extra: string[]): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return Array.from(new Set([...zones, FALLBACK_TIMEZONE, ...extra.filter(Boolean)])).sort();
}

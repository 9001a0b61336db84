import { describe, expect, it } from 'vitest';
import {
  audienceOf,
  COMPLAINT_MANAGERS,
  isAllowed,
  NAV_ITEMS,
  PROMISE_STATS_READERS,
  SLA_REPORT_READERS,
  sortRoles,
  SURVEY_DESIGNERS,
  visibleNavItems,
  visibleShortcuts,
} from './permissions';

const keys = (roles: string[]) => visibleNavItems(roles).map((item) => item.key);

describe('role-based navigation', () => {
  it('shows members, units and settings to admins only', () => {
    expect(keys(['ADMIN'])).toEqual(['dashboard', 'surveys', 'customers', 'complaints', 'promises', 'mySurveys', 'members', 'units', 'calendars', 'settings', 'profile']);
    expect(keys(['MANAGER'])).toEqual(['dashboard', 'surveys', 'customers', 'complaints', 'promises', 'mySurveys', 'profile']);
    expect(keys(['EXECUTIVE'])).toEqual(['dashboard', 'surveys', 'promises', 'mySurveys', 'profile']);
    expect(keys(['STAFF'])).toEqual(['dashboard', 'complaints', 'promises', 'mySurveys', 'profile']);
    expect(keys(['HR'])).toEqual(['dashboard', 'mySurveys', 'profile']);
  });

  it('shows complaints to staff, managers and admins, and their settings to managers and admins', () => {
    expect(isAllowed(audienceOf('complaints'), ['STAFF'])).toBe(true);
    expect(isAllowed(audienceOf('complaints'), ['EXECUTIVE', 'HR'])).toBe(false);
    expect(isAllowed(COMPLAINT_MANAGERS, ['MANAGER'])).toBe(true);
    expect(isAllowed(COMPLAINT_MANAGERS, ['STAFF'])).toBe(false);
  });

  it('opens the SLA report to those handling complaints and to executives, who reach it from the dashboard', () => {
    expect(isAllowed(SLA_REPORT_READERS, ['EXECUTIVE'])).toBe(true);
    expect(isAllowed(SLA_REPORT_READERS, ['STAFF'])).toBe(true);
    expect(isAllowed(SLA_REPORT_READERS, ['HR'])).toBe(false);
    expect(visibleShortcuts(['EXECUTIVE']).map((item) => [item.key, item.path])).toContainEqual(['slaReport', '/complaints/sla-report']);
    expect(visibleShortcuts(['HR'])).toEqual([]);
  });

  it('opens the promise kept rate to executives (from the dashboard), admins, managers and staff, not to HR', () => {
    for (const role of ['EXECUTIVE', 'ADMIN', 'MANAGER', 'STAFF']) expect(isAllowed(PROMISE_STATS_READERS, [role])).toBe(true);
    expect(isAllowed(PROMISE_STATS_READERS, ['HR'])).toBe(false);
    expect(visibleShortcuts(['EXECUTIVE']).map((item) => [item.key, item.path])).toContainEqual(['promiseKeptRate', '/promises/kept-rate']);
  });

  it('shows surveys to managers, admins and executives, and my surveys to everyone', () => {
    expect(isAllowed(audienceOf('surveys'), ['EXECUTIVE'])).toBe(true);
    expect(isAllowed(audienceOf('surveys'), ['STAFF', 'HR'])).toBe(false);
    expect(isAllowed(SURVEY_DESIGNERS, ['MANAGER'])).toBe(true);
    expect(isAllowed(SURVEY_DESIGNERS, ['EXECUTIVE'])).toBe(false);
    expect(isAllowed(audienceOf('mySurveys'), [])).toBe(true);
  });

  it('combines several roles', () => {
    expect(keys(['STAFF', 'ADMIN'])).toEqual(['dashboard', 'surveys', 'customers', 'complaints', 'promises', 'mySurveys', 'members', 'units', 'calendars', 'settings', 'profile']);
    expect(keys(['MANAGER', 'HR'])).toEqual(['dashboard', 'surveys', 'customers', 'complaints', 'promises', 'mySurveys', 'profile']);
  });

  it('shows only what everyone may use without roles (and ignores unknown ones)', () => {
    expect(keys([])).toEqual(['dashboard', 'mySurveys', 'profile']);
    expect(keys(['admin', 'SUPERUSER'])).toEqual(['dashboard', 'mySurveys', 'profile']);
  });

  it('decides route access with the same rules as the menu', () => {
    expect(isAllowed(audienceOf('members'), ['ADMIN'])).toBe(true);
    expect(isAllowed(audienceOf('members'), ['EXECUTIVE'])).toBe(false);
    expect(isAllowed(audienceOf('profile'), [])).toBe(true);
    for (const item of NAV_ITEMS) {
      expect(visibleNavItems(['HR']).includes(item), item.key).toBe(isAllowed(item.audience, ['HR']));
    }
  });

  it('has the test ids browser tests rely on', () => {
    expect(NAV_ITEMS.map((item) => item.testId)).toEqual(
      expect.arrayContaining(['nav-members', 'nav-units', 'nav-settings', 'nav-profile', 'nav-surveys', 'nav-my-surveys', 'nav-complaints']),
    );
  });

  it('sorts roles with ADMIN first', () => {
    expect(sortRoles(['STAFF', 'HR', 'ADMIN', 'X'])).toEqual(['ADMIN', 'STAFF', 'HR', 'X']);
  });
});

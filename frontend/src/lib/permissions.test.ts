import { describe, expect, it } from 'vitest';
import { audienceOf, isAllowed, NAV_ITEMS, sortRoles, SURVEY_DESIGNERS, visibleNavItems } from './permissions';

const keys = (roles: string[]) => visibleNavItems(roles).map((item) => item.key);

describe('role-based navigation', () => {
  it('shows members, units and settings to admins only', () => {
    expect(keys(['ADMIN'])).toEqual(['dashboard', 'surveys', 'customers', 'mySurveys', 'members', 'units', 'settings', 'profile']);
    expect(keys(['MANAGER'])).toEqual(['dashboard', 'surveys', 'customers', 'mySurveys', 'profile']);
    expect(keys(['EXECUTIVE'])).toEqual(['dashboard', 'surveys', 'mySurveys', 'profile']);
    for (const role of ['STAFF', 'HR']) {
      expect(keys([role]), role).toEqual(['dashboard', 'mySurveys', 'profile']);
    }
  });

  it('shows surveys to managers, admins and executives, and my surveys to everyone', () => {
    expect(isAllowed(audienceOf('surveys'), ['EXECUTIVE'])).toBe(true);
    expect(isAllowed(audienceOf('surveys'), ['STAFF', 'HR'])).toBe(false);
    expect(isAllowed(SURVEY_DESIGNERS, ['MANAGER'])).toBe(true);
    expect(isAllowed(SURVEY_DESIGNERS, ['EXECUTIVE'])).toBe(false);
    expect(isAllowed(audienceOf('mySurveys'), [])).toBe(true);
  });

  it('combines several roles', () => {
    expect(keys(['STAFF', 'ADMIN'])).toEqual(['dashboard', 'surveys', 'customers', 'mySurveys', 'members', 'units', 'settings', 'profile']);
    expect(keys(['MANAGER', 'HR'])).toEqual(['dashboard', 'surveys', 'customers', 'mySurveys', 'profile']);
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
      expect.arrayContaining(['nav-members', 'nav-units', 'nav-settings', 'nav-profile', 'nav-surveys', 'nav-my-surveys']),
    );
  });

  it('sorts roles with ADMIN first', () => {
    expect(sortRoles(['STAFF', 'HR', 'ADMIN', 'X'])).toEqual(['ADMIN', 'STAFF', 'HR', 'X']);
  });
});

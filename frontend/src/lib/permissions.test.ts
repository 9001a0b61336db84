import { describe, expect, it } from 'vitest';
import { audienceOf, isAllowed, NAV_ITEMS, sortRoles, visibleNavItems } from './permissions';

const keys = (roles: string[]) => visibleNavItems(roles).map((item) => item.key);

describe('role-based navigation', () => {
  it('shows members, units and settings to admins only', () => {
    expect(keys(['ADMIN'])).toEqual(['dashboard', 'members', 'units', 'settings', 'profile']);
    for (const role of ['EXECUTIVE', 'MANAGER', 'STAFF', 'HR']) {
      expect(keys([role]), role).toEqual(['dashboard', 'profile']);
    }
  });

  it('combines several roles', () => {
    expect(keys(['STAFF', 'ADMIN'])).toEqual(['dashboard', 'members', 'units', 'settings', 'profile']);
    expect(keys(['MANAGER', 'HR'])).toEqual(['dashboard', 'profile']);
  });

  it('shows only what everyone may use without roles (and ignores unknown ones)', () => {
    expect(keys([])).toEqual(['dashboard', 'profile']);
    expect(keys(['admin', 'SUPERUSER'])).toEqual(['dashboard', 'profile']);
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
      expect.arrayContaining(['nav-members', 'nav-units', 'nav-settings', 'nav-profile']),
    );
  });

  it('sorts roles with ADMIN first', () => {
    expect(sortRoles(['STAFF', 'HR', 'ADMIN', 'X'])).toEqual(['ADMIN', 'STAFF', 'HR', 'X']);
  });
});

/** The roles a member can hold in a tenant (several at once). */
export const ROLES = ['ADMIN', 'EXECUTIVE', 'MANAGER', 'STAFF', 'HR'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Who may use an area of the app: everyone signed in, or members holding one of the roles. */
export type Audience = 'everyone' | readonly Role[];

export interface NavItem {
  /** Also the translation key under "nav". */
  key: 'dashboard' | 'surveys' | 'customers' | 'complaints' | 'promises' | 'mySurveys' | 'members' | 'units' | 'calendars' | 'settings' | 'profile';
  path: string;
  audience: Audience;
  testId: string;
}

/**
 * The app's areas in menu order. The backend still checks every request: this only hides what a
 * role cannot use, and the routes show a "not allowed" page for the rest.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { key: 'dashboard', path: '/', audience: 'everyone', testId: 'nav-dashboard' },
  { key: 'surveys', path: '/surveys', audience: ['MANAGER', 'ADMIN', 'EXECUTIVE'], testId: 'nav-surveys' },
  { key: 'customers', path: '/customers', audience: ['MANAGER', 'ADMIN'], testId: 'nav-customers' },
  { key: 'complaints', path: '/complaints', audience: ['ADMIN', 'MANAGER', 'STAFF'], testId: 'nav-complaints' },
  { key: 'promises', path: '/promises', audience: ['ADMIN', 'MANAGER', 'STAFF', 'EXECUTIVE'], testId: 'nav-promises' },
  { key: 'mySurveys', path: '/my-surveys', audience: 'everyone', testId: 'nav-my-surveys' },
  { key: 'members', path: '/members', audience: ['ADMIN'], testId: 'nav-members' },
  { key: 'units', path: '/units', audience: ['ADMIN'], testId: 'nav-units' },
  { key: 'calendars', path: '/calendars', audience: ['ADMIN'], testId: 'nav-calendars' },
  { key: 'settings', path: '/settings', audience: ['ADMIN'], testId: 'nav-settings' },
  { key: 'profile', path: '/profile', audience: 'everyone', testId: 'nav-profile' },
];

/** Who designs surveys and invites customers (the surveys list, editor and distribution). */
export const SURVEY_DESIGNERS: readonly Role[] = ['MANAGER', 'ADMIN'];

/** Who manages complaints: assigns them, hands out the public form's link, edits categories and priorities. */
export const COMPLAINT_MANAGERS: readonly Role[] = ['ADMIN', 'MANAGER'];

/** Who records promises and acts on them (keeps, breaks, renegotiates); executives only read them. */
export const PROMISE_RECORDERS: readonly Role[] = ['ADMIN', 'MANAGER', 'STAFF'];

/**
 * Who reads the SLA report: those handling complaints (each over the complaints they may see) and executives (the
 * whole tenant). Executives have no complaints menu entry: the report is among their dashboard's shortcuts.
 */
export const SLA_REPORT_READERS: readonly Role[] = ['ADMIN', 'MANAGER', 'STAFF', 'EXECUTIVE'];

/**
 * Who reads the promise kept rate and the scores after kept vs broken promises: executives and admins over the whole
 * tenant, managers over their units, staff over their own promises. Executives reach it from the dashboard.
 */
export const PROMISE_STATS_READERS: readonly Role[] = ['EXECUTIVE', 'ADMIN', 'MANAGER', 'STAFF'];

/** A page reached from the dashboard's shortcuts, not from the menu; its key is also its key under "nav". */
export interface Shortcut {
  key: 'slaReport' | 'promiseKeptRate';
  path: string;
  audience: Audience;
}

/** Shortcuts beyond the menu's areas, shown after them on the dashboard. */
export const EXTRA_SHORTCUTS: readonly Shortcut[] = [
  { key: 'slaReport', path: '/complaints/sla-report', audience: SLA_REPORT_READERS },
  { key: 'promiseKeptRate', path: '/promises/kept-rate', audience: PROMISE_STATS_READERS },
];

/** True when a member holding `roles` may use something meant for `audience`. */
export function isAllowed(audience: Audience, roles: readonly string[]): boolean {
  if (audience === 'everyone') return true;
  return audience.some((role) => roles.includes(role));
}

/** The menu items a member holding `roles` may see, in menu order. */
export function visibleNavItems(roles: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => isAllowed(item.audience, roles));
}

/** The extra shortcuts a member holding `roles` may use. */
export function visibleShortcuts(roles: readonly string[]): Shortcut[] {
  return EXTRA_SHORTCUTS.filter((item) => isAllowed(item.audience, roles));
}

/** The audience of a menu item by key. */
export function audienceOf(key: NavItem['key']): Audience {
  const item = NAV_ITEMS.find((candidate) => candidate.key === key);
  if (!item) throw new Error(`Unknown navigation item ${key}`);
  return item.audience;
}

/** Roles in their canonical order (ADMIN first), unknown ones last. */
export function sortRoles(roles: readonly string[]): string[] {
  const rank = (role: string) => {
    const index = (ROLES as readonly string[]).indexOf(role);
    return index === -1 ? ROLES.length : index;
  };
  return [...roles].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

import { DUE_STATES, type DueState, PROMISE_STATUSES, type PromiseQuery, type PromiseScope, type PromiseStatus, SOURCE_KINDS, type SourceKind } from '../api/types';
import { PROMISES_PAGE_SIZE } from '../api/promises';

/** The list's orders: due soonest (the default), newest first, most recently decided first. */
export const PROMISE_SORTS = {
  dueSoonest: { sort: 'dueAt', direction: 'asc' },
  dueLatest: { sort: 'dueAt', direction: 'desc' },
  newest: { sort: 'createdAt', direction: 'desc' },
  decided: { sort: 'decidedAt', direction: 'desc' },
} as const satisfies Record<string, Pick<PromiseQuery, 'sort' | 'direction'>>;
export type PromiseSort = keyof typeof PROMISE_SORTS;

/** What the list filters by; '' is "any". */
export interface PromiseFilters {
  status: PromiseStatus | 'OPEN_ANY' | '';
  dueState: DueState | '';
  ownerId: string;
  unitId: string;
  sourceKind: SourceKind | '';
  dueFrom: string;
  dueTo: string;
}
export const NO_FILTERS: PromiseFilters = { status: '', dueState: '', ownerId: '', unitId: '', sourceKind: '', dueFrom: '', dueTo: '' };

export interface PromiseListView {
  scope: PromiseScope;
  filters: PromiseFilters;
  sort: PromiseSort;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const oneOf = <T extends string>(values: readonly T[], value: string | null): T | '' =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : '';

/**
 * The list's scope, filters and order as the page address keeps them (`/promises?status=BROKEN&sort=newest`), so
 * that going back, reloading or sharing shows the same list; unknown values count as "any". Without a scope in the
 * address, STAFF see their own promises and everyone else what they may see (a manager their units', executives
 * and admins the tenant's).
 */
export function listViewFrom(params: URLSearchParams, defaultScope: PromiseScope): PromiseListView {
  const scope = params.get('scope');
  const sort = params.get('sort') ?? '';
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return ISO_DAY.test(value) ? value : '';
  };
  return {
    scope: scope === 'MINE' || scope === 'VISIBLE' ? scope : defaultScope,
    filters: {
      status: oneOf([...PROMISE_STATUSES, 'OPEN_ANY'] as const, params.get('status')),
      dueState: oneOf(DUE_STATES, params.get('dueState')),
      ownerId: params.get('ownerId') ?? '',
      unitId: params.get('unitId') ?? '',
      sourceKind: oneOf(SOURCE_KINDS, params.get('sourceKind')),
      dueFrom: day('dueFrom'),
      dueTo: day('dueTo'),
    },
    sort: sort in PROMISE_SORTS ? (sort as PromiseSort) : 'dueSoonest',
  };
}

/** The page address's parameters for a view: "any" filters, the default scope and the default order are left out. */
export function listViewParams(view: PromiseListView, defaultScope: PromiseScope): URLSearchParams {
  const params = new URLSearchParams();
  if (view.scope !== defaultScope) params.set('scope', view.scope);
  for (const [key, value] of Object.entries(view.filters)) if (value) params.set(key, value);
  if (view.sort !== 'dueSoonest') params.set('sort', view.sort);
  return params;
}

/** The API query of a view, a search and a page. */
export function listQuery(view: PromiseListView, q: string, page: number): PromiseQuery {
  const f = view.filters;
  return {
    scope: view.scope,
    status: f.status || undefined,
    dueState: f.dueState || undefined,
    ownerId: f.ownerId || undefined,
    unitId: f.unitId || undefined,
    sourceKind: f.sourceKind || undefined,
    dueFrom: f.dueFrom || undefined,
    dueTo: f.dueTo || undefined,
    // the API searches from 2 characters on
    q: q.length >= 2 ? q : undefined,
    ...PROMISE_SORTS[view.sort],
    page,
    size: PROMISES_PAGE_SIZE,
  };
}

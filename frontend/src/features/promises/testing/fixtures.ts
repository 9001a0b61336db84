import { membership } from '@/testing/fixtures';
import type { HistoryEntry, PromiseDetail, PromisePage, PromiseResponse } from '../api/types';

export const PROMISE_ID = 'abababab-0000-4000-8000-000000000001';
export const CUSTOMER_ID = 'dddddddd-0000-4000-8000-000000000001';
export const COMPLAINT_ID = 'cccccccc-0000-4000-8000-000000000001';
export const ME_ID = membership().memberId;
export const SAM_ID = 'bbbbbbbb-0000-4000-8000-000000000001';
export const UNIT_ID = 'eeeeeeee-0000-4000-8000-000000000001';

/** Without the fields the backend leaves out when they are null. */
const withoutNulls = <T extends object>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as T;

export function promise(overrides: Partial<PromiseResponse> = {}): PromiseResponse {
  return withoutNulls({
    id: PROMISE_ID,
    reference: 'P-000123',
    text: 'Send a replacement vase by Friday',
    status: 'OPEN',
    customer: { id: CUSTOMER_ID, name: 'Ana Lopez', email: 'ana@example.com' },
    ownerId: ME_ID,
    ownerName: 'Alex Example',
    unitId: UNIT_ID,
    unitName: 'Service desk',
    source: { kind: 'COMPLAINT', id: COMPLAINT_ID, reference: 'C-2026-0001' },
    dueAt: '2026-12-04T16:00:00Z',
    dueOn: '2026-12-04',
    breakAt: '2026-12-07T16:00:00Z',
    dueState: 'UPCOMING',
    renegotiations: 0,
    decidedAt: null,
    fulfilledLateAt: null,
    customerNotifiedAt: null,
    createdAt: '2026-11-30T09:00:00Z',
    createdById: ME_ID,
    updatedAt: '2026-11-30T09:00:00Z',
    ...overrides,
  });
}

export function page(items: PromiseResponse[], total = items.length, pageNumber = 0, size = 25): PromisePage {
  return { items, page: pageNumber, size, total };
}

export function made(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return withoutNulls({
    at: '2026-11-30T09:00:00Z',
    action: 'MADE',
    actorId: ME_ID,
    actorName: 'Alex Example',
    dueBefore: null,
    dueAfter: '2026-12-04T16:00:00Z',
    note: null,
    ...overrides,
  });
}

export function detail(overrides: Partial<PromiseResponse> = {}, extra: Partial<Omit<PromiseDetail, 'promise'>> = {}): PromiseDetail {
  return withoutNulls({ promise: promise(overrides), history: [made()], statusLink: null, afterScore: null, canAct: true, ...extra });
}

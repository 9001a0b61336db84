import type {
  Classification,
  Complaint,
  ComplaintAssignee,
  ComplaintDetail,
  ComplaintMessage,
  ComplaintPage,
  FollowUp,
  PublicComplaint,
  SlaClock,
} from '@/lib/api/types';
import { membership } from '@/testing/fixtures';

export const COMPLAINT_ID = 'cccccccc-0000-4000-8000-000000000001';
export const CUSTOMER_ID = 'dddddddd-0000-4000-8000-000000000001';
export const FORM_TOKEN = 'form-token-1';
export const STATUS_TOKEN = 'status-token-1';
export const ME_ID = membership().memberId;
export const SAM_ID = 'bbbbbbbb-0000-4000-8000-000000000001';
export const UNIT_ID = 'eeeeeeee-0000-4000-8000-000000000001';
export const CATEGORY_ID = 'ffffffff-0000-4000-8000-000000000001';
export const PRIORITY_ID = 'ffffffff-0000-4000-8000-000000000002';

/** Without the fields the backend leaves out when they are null. */
const withoutNulls = <T extends object>(fields: T): T =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as T;

export function complaint(overrides: Partial<Complaint> = {}): Complaint {
  return withoutNulls({
    id: COMPLAINT_ID,
    reference: 'C-2026-0001',
    customerId: CUSTOMER_ID,
    kind: 'COMPLAINT',
    channel: 'WEB',
    status: 'NEW',
    categoryId: null,
    priorityId: null,
    unitId: null,
    assigneeId: null,
    subject: 'Parcel arrived damaged',
    description: 'The parcel arrived damaged.\nThe vase inside is broken.',
    orderReference: 'A-4711',
    createdAt: '2026-11-30T09:00:00Z',
    updatedAt: '2026-11-30T09:00:00Z',
    ...overrides,
  });
}

export function complaintPage(items: Complaint[], total = items.length, page = 0, totalExact = true): ComplaintPage {
  return { items, page, size: 20, total, totalExact };
}

export function message(overrides: Partial<ComplaintMessage> = {}): ComplaintMessage {
  return withoutNulls({
    id: `m-${Math.random().toString(36).slice(2)}`,
    type: 'CUSTOMER_MESSAGE',
    authorId: null,
    body: 'Hello',
    createdAt: '2026-11-30T10:00:00Z',
    ...overrides,
  });
}

export function detail(overrides: Partial<Complaint> = {}, messages: ComplaintMessage[] = []): ComplaintDetail {
  return {
    complaint: complaint(overrides),
    customer: { id: CUSTOMER_ID, name: 'Ana Lopez', email: 'ana@example.com', language: 'en' },
    messages,
    clocks: [],
    recoveryAnswers: [],
  };
}

export function classification(id: string, nameEn: string, nameDe: string, overrides: Partial<Classification> = {}): Classification {
  return { id, nameEn, nameDe, active: true, position: 10, ...overrides };
}

export function publicView(overrides: Partial<PublicComplaint> = {}): PublicComplaint {
  return {
    reference: 'C-2026-0001',
    status: 'WAITING_FOR_CUSTOMER',
    subject: 'Parcel arrived damaged',
    description: 'The parcel arrived damaged.',
    createdAt: '2026-11-30T09:00:00Z',
    messages: [
      { id: 'p1', type: 'PUBLIC_REPLY', body: 'Sorry! Could you send a photo?', createdAt: '2026-11-30T11:00:00Z' },
    ],
    ...overrides,
  };
}

/** A member GET /api/complaints/assignees lists (Sam Staff of the service desk unless overridden). */
export function assignee(overrides: Partial<ComplaintAssignee> = {}): ComplaintAssignee {
  return { id: SAM_ID, displayName: 'Sam Staff', unitId: UNIT_ID, roles: ['STAFF'], ...overrides };
}

/** A running first-response clock of the "Standard" policy: 4 working hours, 1 used. */
export function clock(overrides: Partial<SlaClock> = {}): SlaClock {
  return withoutNulls({
    kind: 'FIRST_RESPONSE',
    policyName: 'Standard',
    targetMinutes: 240,
    state: 'RUNNING',
    startedAt: '2026-11-30T09:00:00Z',
    dueAt: '2026-11-30T13:00:00Z',
    warningAt: '2026-11-30T12:00:00Z',
    usedMinutes: 60,
    outcome: null,
    ...overrides,
  });
}

export function followUp(overrides: Partial<FollowUp> = {}): FollowUp {
  return withoutNulls({
    state: 'SENT',
    surveyId: 'aaaaaaaa-0000-4000-8000-0000000000f1',
    link: 'https://fokus.example/s/follow-up-token',
    comments: [],
    ...overrides,
  });
}

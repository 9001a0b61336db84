/**
 * The promises API's types, written from the contract (issue 10) until the backend's OpenAPI document has the
 * endpoints; then they are derived from the generated schema like those in src/lib/api/types.ts.
 */

/** OPEN and RENEGOTIATED are the open states; KEPT, BROKEN and CANCELLED are decided. */
export type PromiseStatus = 'OPEN' | 'RENEGOTIATED' | 'KEPT' | 'BROKEN' | 'CANCELLED';
export type SourceKind = 'COMPLAINT' | 'RECOVERY_CASE' | 'SURVEY_RESPONSE' | 'MANUAL';
/** OVERDUE: the due time passed but the grace period did not yet break it. Null when not open. */
export type DueState = 'OVERDUE' | 'TODAY' | 'UPCOMING';
export type HistoryAction =
  | 'MADE'
  | 'RENEGOTIATED'
  | 'KEPT'
  | 'BROKEN'
  | 'BROKEN_AUTOMATICALLY'
  | 'CANCELLED'
  | 'FULFILLED_LATE'
  | 'REASSIGNED'
  | 'CUSTOMER_NOTIFIED'
  | 'REMINDED';

/** Null once the customer was erased. */
export interface PromiseCustomer {
  id: string;
  name: string | null;
  email: string;
}

export interface PromiseSource {
  kind: SourceKind;
  id: string | null;
  /** The complaint's reference ("C-000123") for complaints and recovery cases. */
  reference: string | null;
}

export interface PromiseResponse {
  id: string;
  reference: string;
  text: string;
  status: PromiseStatus;
  customer: PromiseCustomer | null;
  ownerId: string;
  ownerName: string;
  unitId: string | null;
  unitName: string | null;
  source: PromiseSource;
  dueAt: string;
  /** The due day in the tenant's time zone (YYYY-MM-DD). */
  dueOn: string;
  /** When it breaks automatically (due plus grace); null when not open. */
  breakAt: string | null;
  dueState: DueState | null;
  renegotiations: number;
  decidedAt: string | null;
  fulfilledLateAt: string | null;
  customerNotifiedAt: string | null;
  createdAt: string;
  createdById: string;
  updatedAt: string;
}

export interface HistoryEntry {
  at: string;
  action: HistoryAction;
  actorId: string | null;
  actorName: string | null;
  dueBefore: string | null;
  dueAfter: string | null;
  note: string | null;
}

/** The customer's next survey answer within 90 days of the decision. */
export interface AfterScore {
  responseId: string;
  nps: number | null;
  csat: number | null;
  answeredAt: string;
}

export interface PromiseDetail {
  promise: PromiseResponse;
  history: HistoryEntry[];
  statusLink: string | null;
  afterScore: AfterScore | null;
  /** May the caller keep, break, renegotiate, cancel or reassign it. */
  canAct: boolean;
}

export interface PromisePage {
  items: PromiseResponse[];
  page: number;
  size: number;
  total: number;
}

export interface PromiseSummary {
  overdue: number;
  dueToday: number;
  upcoming: number;
  open: number;
}

export type PromiseScope = 'MINE' | 'VISIBLE';
export type PromiseSortField = 'dueAt' | 'createdAt' | 'decidedAt';

/** GET /api/promises (and export.csv): every filter optional; `status` may be OPEN_ANY. */
export interface PromiseQuery {
  scope?: PromiseScope;
  status?: PromiseStatus | 'OPEN_ANY';
  dueState?: DueState;
  ownerId?: string;
  unitId?: string;
  sourceKind?: SourceKind;
  customerId?: string;
  complaintId?: string;
  dueFrom?: string;
  dueTo?: string;
  q?: string;
  sort?: PromiseSortField;
  direction?: 'asc' | 'desc';
  page?: number;
  size?: number;
}

/** The due time: a date (and optional time) or "within N working days"; exactly one of them. */
export interface DueRequest {
  dueDate?: string;
  dueTime?: string;
  withinWorkingDays?: number;
}

export interface NewPromiseRequest extends DueRequest {
  text: string;
  customerId?: string;
  customerEmail?: string;
  customerName?: string;
  customerLanguage?: 'en' | 'de';
  ownerId?: string;
  unitId?: string;
  sourceKind: SourceKind;
  sourceId?: string;
  notifyCustomer?: boolean;
  clientRequestId?: string;
}

export interface NoteRequest {
  note?: string;
}
export interface RenegotiateRequest extends DueRequest {
  note: string;
}
export interface CancelRequest {
  reason: string;
}
export interface OwnerRequest {
  ownerId: string;
  unitId?: string;
}

/** The customer's status page (no login). */
export interface PublicPromise {
  organization: string;
  reference: string;
  text: string;
  status: PromiseStatus;
  dueAt: string;
  dueOn: string;
  decidedAt: string | null;
  history: { at: string; action: HistoryAction; dueAfter: string | null }[];
}

export const OPEN_PROMISE_STATUSES: readonly PromiseStatus[] = ['OPEN', 'RENEGOTIATED'];
export const PROMISE_STATUSES: readonly PromiseStatus[] = ['OPEN', 'RENEGOTIATED', 'KEPT', 'BROKEN', 'CANCELLED'];
export const SOURCE_KINDS: readonly SourceKind[] = ['COMPLAINT', 'RECOVERY_CASE', 'SURVEY_RESPONSE', 'MANUAL'];
export const DUE_STATES: readonly DueState[] = ['OVERDUE', 'TODAY', 'UPCOMING'];

export const isOpen = (status: PromiseStatus) => OPEN_PROMISE_STATUSES.includes(status);

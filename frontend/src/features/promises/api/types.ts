/**
 * The promises API's types, derived from the generated OpenAPI types (src/lib/api/schema.d.ts) by path and method,
 * as src/lib/api/types.ts does for the other features (schema names in the backend's document may change; paths
 * don't). The backend leaves out null fields (`default-property-inclusion: non_null`), which the document doesn't
 * say: those fields are marked optional and nullable here.
 */
import type { ApiQuery, ApiRequestBody, ApiResponse } from '@/lib/api/types';

type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]?: T[P] | null };
type Narrow<T, N> = Omit<T, keyof N> & N;

type GeneratedDetail = ApiResponse<'/api/promises/{id}', 'get'>;
type GeneratedPromise = GeneratedDetail['promise'];
type GeneratedHistoryEntry = GeneratedDetail['history'][number];
type GeneratedPublic = ApiResponse<'/api/public/promises/{statusToken}', 'get'>;

/** OPEN and RENEGOTIATED are the open states; KEPT, BROKEN and CANCELLED are decided. */
export type PromiseStatus = GeneratedPromise['status'];
export type SourceKind = GeneratedPromise['source']['kind'];
/** OVERDUE: the due time passed but the grace period did not yet break it. Left out when not open. */
export type DueState = NonNullable<GeneratedPromise['dueState']>;
export type HistoryAction = GeneratedHistoryEntry['action'];

/** Left out once the customer was erased; the name when there is none. */
export type PromiseCustomer = Nullable<GeneratedPromise['customer'], 'name'>;
/** The complaint's id and reference ("C-000123") for complaints and recovery cases, the response's id for survey comments. */
export type PromiseSource = Nullable<GeneratedPromise['source'], 'id' | 'reference'>;

export type PromiseResponse = Narrow<
  Nullable<
    GeneratedPromise,
    'unitId' | 'unitName' | 'breakAt' | 'dueState' | 'decidedAt' | 'fulfilledLateAt' | 'customerNotifiedAt' | 'recoveryCaseId'
  >,
  { customer?: PromiseCustomer | null; source: PromiseSource }
>;

export type HistoryEntry = Nullable<GeneratedHistoryEntry, 'actorId' | 'actorName' | 'dueBefore' | 'dueAfter' | 'note'>;

/** The customer's next survey answer within 90 days of the decision. */
export type AfterScore = Nullable<GeneratedDetail['afterScore'], 'nps' | 'csat'>;

/** A promise's page; `canAct`: may the caller keep, break, renegotiate, cancel or reassign it. */
export type PromiseDetail = Narrow<
  Nullable<GeneratedDetail, 'statusLink'>,
  { promise: PromiseResponse; history: HistoryEntry[]; afterScore?: AfterScore | null }
>;

export type PromisePage = Narrow<ApiResponse<'/api/promises', 'get'>, { items: PromiseResponse[] }>;
export type PromiseSummary = ApiResponse<'/api/promises/summary', 'get'>;

type GeneratedQuery = ApiQuery<'/api/promises', 'get'>;
export type PromiseScope = NonNullable<GeneratedQuery['scope']>;
export type PromiseSortField = 'dueAt' | 'createdAt' | 'decidedAt';
/** GET /api/promises (and export.csv): every filter optional; one `status` (the API takes several), or OPEN_ANY. */
export type PromiseQuery = Narrow<
  GeneratedQuery,
  { status?: PromiseStatus | 'OPEN_ANY'; sort?: PromiseSortField; direction?: 'asc' | 'desc' }
>;

type GeneratedRenegotiate = ApiRequestBody<'/api/promises/{id}/renegotiate', 'post'>;
/** The due time: a date (and optional time) or "within N working days"; exactly one of them. */
export type DueRequest = Pick<GeneratedRenegotiate, 'dueDate' | 'dueTime' | 'withinWorkingDays'>;

export type NewPromiseRequest = Narrow<ApiRequestBody<'/api/promises', 'post'>, { customerLanguage?: 'en' | 'de' }>;
/** Keep, break, fulfilled late: the note is optional (the document has no `required`, so every field looks required). */
export type NoteRequest = Partial<ApiRequestBody<'/api/promises/{id}/keep', 'post'>>;
export type RenegotiateRequest = GeneratedRenegotiate;
export type CancelRequest = ApiRequestBody<'/api/promises/{id}/cancel', 'post'>;
export type OwnerRequest = ApiRequestBody<'/api/promises/{id}/owner', 'put'>;

/** The customer's status page (no login): no names, no notes. */
export type PublicPromise = Narrow<
  Nullable<GeneratedPublic, 'decidedAt'>,
  { history: Nullable<GeneratedPublic['history'][number], 'dueAfter'>[] }
>;

export const OPEN_PROMISE_STATUSES: readonly PromiseStatus[] = ['OPEN', 'RENEGOTIATED'];
export const PROMISE_STATUSES: readonly PromiseStatus[] = ['OPEN', 'RENEGOTIATED', 'KEPT', 'BROKEN', 'CANCELLED'];
export const SOURCE_KINDS: readonly SourceKind[] = ['COMPLAINT', 'RECOVERY_CASE', 'SURVEY_RESPONSE', 'MANUAL'];
export const DUE_STATES: readonly DueState[] = ['OVERDUE', 'TODAY', 'UPCOMING'];

export const isOpen = (status: PromiseStatus) => OPEN_PROMISE_STATUSES.includes(status);

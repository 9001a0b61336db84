/**
 * API types derived from the generated OpenAPI types (schema.d.ts, `npm run gen:api`).
 *
 * Types are looked up by path and method rather than by schema name, so they keep working when the
 * backend's generated document names its schemas differently (MemberView, PageResponseMemberView, ...)
 * or declares another JSON media type.
 */
import type { paths } from './schema';

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch';
type SuccessStatus = 200 | 201 | 202 | 204 | '200' | '201' | '202' | '204' | '2XX';

export type ApiPath = keyof paths;

type Operation<P extends ApiPath, M extends HttpMethod> = NonNullable<paths[P][M]>;

/** The body type of a request or response object ({ content: { [mediaType]: T } }). */
type BodyOf<T> = T extends { content: infer C } ? C[keyof C] : never;

type ResponsesOf<O> = O extends { responses: infer R } ? R : never;

/** The JSON body of the success response (2xx) of an operation. */
export type ApiResponse<P extends ApiPath, M extends HttpMethod> = BodyOf<
  ResponsesOf<Operation<P, M>>[Extract<keyof ResponsesOf<Operation<P, M>>, SuccessStatus>]
>;

/** The JSON request body of an operation. */
export type ApiRequestBody<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { requestBody?: infer B } ? BodyOf<NonNullable<B>> : never;

/** The query parameters of an operation. */
export type ApiQuery<P extends ApiPath, M extends HttpMethod> =
  Operation<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/**
 * Fields the backend leaves out or sends as null (and accepts as null: "no unit", "top level"),
 * which its generated document doesn't mark as nullable.
 */
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]?: T[P] | null };

/** Replaces fields the document types as plain strings with the values the SPA knows. */
type Narrow<T, N> = Omit<T, keyof N> & N;

export type UnitKind = 'DEPARTMENT' | 'TEAM';
export type MemberStatus = 'ACTIVE' | 'DEACTIVATED';

// ---- runtime config, identity
export type RuntimeConfig = ApiResponse<'/api/config', 'get'>;
export type Me = Nullable<ApiResponse<'/api/me', 'get'>, 'selectedTenantId'>;
export type Membership = Me['memberships'][number];

// ---- sign-up
export type SignupRequest = ApiRequestBody<'/api/signup', 'post'>;
export type SignupResponse = ApiResponse<'/api/signup', 'post'>;

// ---- members
type GeneratedMemberPage = ApiResponse<'/api/members', 'get'>;
export type MemberQuery = ApiQuery<'/api/members', 'get'>;
export type Member = Nullable<GeneratedMemberPage['items'][number], 'unitId'>;
export type MemberPage = Narrow<GeneratedMemberPage, { items: Member[] }>;
export type MemberLevel = Member['level'];
export type MemberChangeRequest = Nullable<ApiRequestBody<'/api/members/{id}', 'put'>, 'unitId'>;

// ---- invitations (joining needs the invitee's consent)
export type MemberInvitationStatus = 'PENDING' | 'EXPIRED' | 'ACCEPTED' | 'DECLINED' | 'REVOKED';
export type MemberInvitationRequest = Nullable<ApiRequestBody<'/api/invitations', 'post'>, 'unitId'>;
type GeneratedMemberInvitation = ApiResponse<'/api/invitations', 'get'>[number];
export type MemberInvitation = Narrow<Nullable<GeneratedMemberInvitation, 'unitId'>, { status: MemberInvitationStatus }>;
export type SentMemberInvitation = Narrow<ApiResponse<'/api/invitations', 'post'>, { invitation: MemberInvitation }>;
export type InvitationDetails = Narrow<
  Nullable<ApiResponse<'/api/public/invitations/{token}', 'get'>, 'unitName'>,
  { status: MemberInvitationStatus }
>;
export type MyInvitation = Nullable<ApiResponse<'/api/me/invitations', 'get'>[number], 'unitName'>;
export type JoinedTenant = ApiResponse<'/api/me/invitations/{id}/accept', 'post'>;
export type NewTenantRequest = ApiRequestBody<'/api/me/tenants', 'post'>;

// ---- units
type GeneratedUnit = ApiResponse<'/api/units', 'get'>[number];
export type Unit = Narrow<Nullable<GeneratedUnit, 'parentId'>, { kind: UnitKind; children: Unit[] }>;
export type UnitRequest = Narrow<Nullable<ApiRequestBody<'/api/units', 'post'>, 'parentId'>, { kind: UnitKind }>;

// ---- settings
export type TenantSettings = ApiResponse<'/api/settings', 'get'>;
/**
 * PUT /api/settings takes the editable part of what GET returns. (Derived from the response: in the
 * backend's document the request schema "SettingsRequest" collides with the survey settings' one.)
 */
export type SettingsRequest = Pick<TenantSettings, 'name' | 'locale' | 'timezone' | 'businessHours'>;
export type BusinessHours = TenantSettings['businessHours'];
export type BusinessHoursDay = BusinessHours['days'][number];
export type DayOfWeek = BusinessHoursDay['day'];

// ---- surveys
export type SurveyStatus = 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'ARCHIVED';
export type SurveyAudience = 'CUSTOMER' | 'STAFF';
export type QuestionType = SurveyQuestion['type'];
export type ConditionOperator = SurveyCondition['operator'];
export type TemplateKey = 'NPS' | 'CSAT_SUPPORT' | 'CES' | 'STAFF_SELF_ASSESSMENT';
export type InvitationStatus = 'PENDING' | 'ANSWERED';
/** Why an invitee was skipped: invited recently (the contact policy's quiet period), already invited, opted out. */
export type SkipReason = 'QUIET_PERIOD' | 'ALREADY_INVITED' | 'OPTED_OUT';

/** A text per language ({ en: "...", de: "..." }); English is required where a text is. */
export type LocalizedText = Record<string, string>;

type GeneratedDefinition = ApiResponse<'/api/surveys/{id}', 'get'>['draft'];
type GeneratedQuestion = GeneratedDefinition['questions'][number];
/** Shows a question only when an earlier answer matches; `value` for the number operators, `values` for ANY_OF. */
export type SurveyCondition = NonNullable<GeneratedQuestion['showIf']>;
export type SurveyScale = Nullable<NonNullable<GeneratedQuestion['scale']>, 'minLabel' | 'maxLabel'>;
export type SurveyOption = NonNullable<GeneratedQuestion['options']>[number];
export type SurveyQuestion = Narrow<GeneratedQuestion, { scale?: SurveyScale | null; showIf?: SurveyCondition | null }>;
export type SurveyDefinition = Narrow<GeneratedDefinition, { questions: SurveyQuestion[]; intro?: LocalizedText | null }>;

type GeneratedSurvey = ApiResponse<'/api/surveys/{id}', 'get'>;
/** The backend leaves out null fields: never published, no quota, no closing time. */
export type Survey = Narrow<
  Nullable<GeneratedSurvey, 'closesAt' | 'publishedVersion' | 'responseQuota' | 'publicToken'>,
  { status: SurveyStatus; audience: SurveyAudience; draft: SurveyDefinition }
>;
export type SurveyPage = Narrow<ApiResponse<'/api/surveys', 'get'>, { items: Survey[] }>;
export type SurveyListQuery = ApiQuery<'/api/surveys', 'get'>;
export type SurveyTemplate = Narrow<
  ApiResponse<'/api/surveys/templates', 'get'>[number],
  { key: TemplateKey; audience: SurveyAudience; definition: SurveyDefinition }
>;
export type NewSurveyRequest = ApiRequestBody<'/api/surveys', 'post'>;
export type SurveyChangeRequest = Narrow<
  Nullable<ApiRequestBody<'/api/surveys/{id}', 'put'>, 'responseQuota' | 'closesAt'>,
  { definition: SurveyDefinition }
>;

// ---- distribution
export type InviteRequest = ApiRequestBody<'/api/surveys/{id}/invitations', 'post'>;
type GeneratedInvitee = InviteRequest['invitees'][number];
/** One customer to invite; without a language the backend uses English. */
export type Invitee = Pick<GeneratedInvitee, 'email'> & Partial<Omit<GeneratedInvitee, 'email'>>;
type GeneratedImportReport = ApiResponse<'/api/surveys/{id}/invitations', 'post'>;
export type SkippedInvitee = Narrow<GeneratedImportReport['skipped'][number], { reason: SkipReason }>;
export type ImportReport = Narrow<GeneratedImportReport, { skipped: SkippedInvitee[] }>;
/**
 * A row of an all-or-nothing import (customers, survey invitations) that was rejected: 422 problem member
 * `rejectedRows`, nothing was imported. Its line (CSV) or entry, the email as given (left out when there was none),
 * the field and what is wrong; `reason` says field and problem in one sentence.
 */
export interface RejectedRow {
  row: number;
  email?: string;
  field: string;
  message: string;
  reason?: string;
}
type GeneratedInvitationPage = ApiResponse<'/api/surveys/{id}/invitations', 'get'>;
/** Once the customer was erased, email, name, language, token and link are left out: only status and dates stay. */
export type Invitation = Narrow<
  Nullable<GeneratedInvitationPage['items'][number], 'answeredAt' | 'name' | 'language' | 'email' | 'token' | 'link'>,
  { status: InvitationStatus }
>;
export type InvitationPage = Narrow<GeneratedInvitationPage, { items: Invitation[] }>;
type GeneratedMailPage = ApiResponse<'/api/surveys/{id}/mail-log', 'get'>;
/** The recipient is left out once the customer was erased. */
export type MailLogEntry = Nullable<GeneratedMailPage['items'][number], 'sentAt' | 'lastError' | 'recipient'>;
export type MailLogPage = Narrow<GeneratedMailPage, { items: MailLogEntry[] }>;
export type SurveySettings = ApiResponse<'/api/survey-settings', 'get'>;
export type SurveySettingsRequest = ApiRequestBody<'/api/survey-settings', 'put'>;

// ---- customers
export type CustomerLanguage = 'en' | 'de';
/** The list's sort keys; texts read best A–Z, dates newest first (the backend's default order for each). */
export type CustomerSortField = 'name' | 'email' | 'createdAt' | 'lastContactedAt';
export type CustomerQuery = Narrow<
  ApiQuery<'/api/customers', 'get'>,
  { sort?: CustomerSortField; order?: 'asc' | 'desc' }
>;
/** A customer (CustomerResponse); the backend leaves out null fields: no name or external id, never opted out or contacted. */
export type Customer = Narrow<
  Nullable<ApiResponse<'/api/customers/{id}', 'get'>, 'name' | 'externalId' | 'optedOutAt' | 'lastContactedAt'>,
  { language: CustomerLanguage }
>;
export type CustomerPage = Narrow<ApiResponse<'/api/customers', 'get'>, { items: Customer[] }>;
export type NewCustomer = Narrow<ApiRequestBody<'/api/customers', 'post'>, { language?: CustomerLanguage }>;
/** PUT /api/customers/{id}: everything but the email (the customer's identity); null clears name and external id. */
export type CustomerChange = Narrow<
  Nullable<ApiRequestBody<'/api/customers/{id}', 'put'>, 'name' | 'externalId'>,
  { language: CustomerLanguage }
>;
export type CustomerImportReport = ApiResponse<'/api/customers/import', 'post'>;
export type ContactPolicy = ApiResponse<'/api/customers/settings', 'get'>;
export type ContactPolicyRequest = ApiRequestBody<'/api/customers/settings', 'put'>;
/** The public unsubscribe page's view of a customer (Subscription): organization, masked email, opted out. */
export type Subscription = ApiResponse<'/api/public/unsubscribe/{token}', 'get'>;
type GeneratedActivity = ApiResponse<'/api/surveys/customers/{customerId}/activity', 'get'>;
/** A survey invitation of the customer (ActivityInvitation); answeredAt is left out while pending. */
export type ActivityInvitation = Narrow<
  Nullable<GeneratedActivity['invitations'][number], 'answeredAt'>,
  { status: InvitationStatus }
>;
/** A response the customer gave (ActivityResponse), with its scores by kind (NPS, CSAT, ...). */
export type ActivityResponse = GeneratedActivity['responses'][number];
/** The customer's survey activity (SurveyActivity), newest first, at most 100 of each. */
export type SurveyActivity = Narrow<GeneratedActivity, { invitations: ActivityInvitation[] }>;

// ---- results
/** Query parameters choosing the responses of a result (from/to dates, language, staff level/unit, attribute). */
export type ResultsFilter = Partial<ApiQuery<'/api/surveys/{id}/results', 'get'>['filter']>;
/**
 * A score with n and its 95% interval; value/low/high are left out when the group is suppressed, and n too for a
 * suppressed group of staff answers (even its size would say who took part).
 */
export type Score = Nullable<
  ApiResponse<'/api/surveys/{id}/results', 'get'>['scores'][number]['score'],
  'value' | 'low' | 'high' | 'n'
>;
type GeneratedResults = ApiResponse<'/api/surveys/{id}/results', 'get'>;
export type QuestionScore = Narrow<GeneratedResults['scores'][number], { type: QuestionType; score: Score }>;
/** Counts of one question; `answered` is withheld (null) for a suppressed group of staff answers. */
export type Distribution = Narrow<
  Nullable<GeneratedResults['distributions'][number], 'answered'>,
  { type: QuestionType }
>;
export type GroupScore = Narrow<GeneratedResults['byLevel'][number], { score: Score }>;
export type ResponseRate = Nullable<GeneratedResults['responseRate'], 'rate'>;
/** Results of a filter; `responses` is withheld (null) when the filter's group of staff answers is suppressed. */
export type SurveyResults = Narrow<
  GeneratedResults,
  {
    responses: number | null;
    audience: SurveyAudience;
    scores: QuestionScore[];
    distributions: Distribution[];
    responseRate: ResponseRate;
    byLevel: GroupScore[];
    byUnit: GroupScore[];
  }
>;
export type SeriesBucket = 'day' | 'week' | 'month';
type GeneratedSeries = ApiResponse<'/api/surveys/{id}/results/series', 'get'>[number];
export type SeriesPoint = Narrow<GeneratedSeries['points'][number], { score: Score }>;
export type ScoreSeries = Narrow<GeneratedSeries, { type: QuestionType; points: SeriesPoint[] }>;
type GeneratedCommentPage = ApiResponse<'/api/surveys/{id}/comments', 'get'>;
export type SurveyComment = Nullable<GeneratedCommentPage['items'][number], 'score' | 'language'>;
export type CommentPage = Narrow<GeneratedCommentPage, { items: SurveyComment[] }>;

// ---- answering (public link, invitation, staff survey)
type GeneratedSurveyForm = ApiResponse<'/api/public/surveys/{token}', 'get'>;
type GeneratedFormQuestion = GeneratedSurveyForm['questions'][number];
/** A question as a respondent sees it, in one language; min/max only for scales, options only for choices. */
export type FormQuestion = Narrow<
  Nullable<GeneratedFormQuestion, 'min' | 'max' | 'minLabel' | 'maxLabel' | 'options' | 'showIf'>,
  { type: QuestionType }
>;
export type SurveyForm = Narrow<Nullable<GeneratedSurveyForm, 'intro' | 'customerName'>, { questions: FormQuestion[] }>;
/** One answer: a number (scales), an option id, option ids (multiple choice) or a text. */
export type AnswerValue = number | string | string[];
export type SubmissionRequest = Narrow<
  ApiRequestBody<'/api/public/surveys/{token}/responses', 'post'>,
  { answers: Record<string, AnswerValue>; language: 'en' | 'de' }
>;
export type Submitted = ApiResponse<'/api/public/surveys/{token}/responses', 'post'>;

// ---- notices to members (the bell)
type GeneratedNotices = ApiResponse<'/api/notifications', 'get'>;
export type Notice = Nullable<GeneratedNotices['page']['items'][number], 'link' | 'readAt'>;
export type NoticesPage = Narrow<GeneratedNotices, { page: Narrow<GeneratedNotices['page'], { items: Notice[] }> }>;

// ---- complaints
export type ComplaintStatus = ApiResponse<'/api/complaints/{id}', 'get'>['complaint']['status'];
export type ComplaintChannel = ApiResponse<'/api/complaints/{id}', 'get'>['complaint']['channel'];
/** PUBLIC_REPLY (staff, the customer reads it), INTERNAL_NOTE (staff only), CUSTOMER_MESSAGE (the customer). */
export type ComplaintMessageType = ApiResponse<'/api/complaints/{id}', 'get'>['messages'][number]['type'];
/** The inbox's sort keys; dates and references newest first, statuses in their order (the backend's defaults). */
export type ComplaintSortField = 'createdAt' | 'updatedAt' | 'reference' | 'status' | 'dueAt';
export type ComplaintInboxQuery = Narrow<
  ApiQuery<'/api/complaints', 'get'>,
  { sort?: ComplaintSortField; order?: 'asc' | 'desc' }
>;
/**
 * A complaint (ComplaintResponse); the backend leaves out what is not set yet: category, priority, unit, assignee;
 * and the touchpoint's name when it came through none.
 */
export type Complaint = Nullable<
  ApiResponse<'/api/complaints/{id}', 'get'>['complaint'],
  'categoryId' | 'priorityId' | 'unitId' | 'assigneeId' | 'subject' | 'orderReference' | 'sla' | 'touchpoint'
>;
/** A message of the conversation as staff see it; customer messages have no author. */
export type ComplaintMessage = Nullable<ApiResponse<'/api/complaints/{id}', 'get'>['messages'][number], 'authorId'>;
/** A complaint's page; the follow-up survey and the closure are left out until they exist. */
export type ComplaintDetail = Narrow<
  Nullable<ApiResponse<'/api/complaints/{id}', 'get'>, 'followUp' | 'closure' | 'customer'>,
  { complaint: Complaint; messages: ComplaintMessage[]; clocks: SlaClock[]; followUp?: FollowUp | null }
>;
export type ComplaintPage = Narrow<ApiResponse<'/api/complaints', 'get'>, { items: Complaint[] }>;
export type RecordComplaintRequest = ApiRequestBody<'/api/complaints', 'post'>;
export type ComplaintReceipt = ApiResponse<'/api/complaints', 'post'>;
export type ComplaintMessageRequest = Narrow<
  ApiRequestBody<'/api/complaints/{id}/messages', 'post'>,
  { type: Exclude<ComplaintMessageType, 'CUSTOMER_MESSAGE'> }
>;
/** Either may be null: no unit, nobody assigned. */
export type ComplaintAssignment = Nullable<ApiRequestBody<'/api/complaints/{id}/assignment', 'put'>, 'unitId' | 'assigneeId'>;
/** The general form's link and one per active touchpoint (`?touchpoint=<id>`). */
export type ComplaintFormLink = ApiResponse<'/api/complaints/form-link', 'get'>;
/** A place a customer meets the tenant (a shop, the hotline), with its own form link; offered while active. */
export type Touchpoint = ApiResponse<'/api/complaints/touchpoints', 'get'>[number];
export type TouchpointRequest = ApiRequestBody<'/api/complaints/touchpoints', 'post'>;
/** A category or priority of complaints, named in English and German, in its order. */
export type Classification = ApiResponse<'/api/complaints/categories', 'get'>[number];
export type ClassificationRequest = ApiRequestBody<'/api/complaints/categories', 'post'>;
/** What the public form sends; `clientSubmissionId` is made once per filled-in form, `touchpointId` when its link named one. */
export type ComplaintSubmission = Narrow<ApiRequestBody<'/api/public/complaints/{formToken}', 'post'>, { language?: 'en' | 'de' }>;
/** The customer's status page: public replies and their own messages, never internal notes or staff names. */
export type PublicComplaint = Narrow<
  Nullable<ApiResponse<'/api/public/complaints/status/{statusToken}', 'get'>, 'subject'>,
  { messages: Nullable<ApiResponse<'/api/public/complaints/status/{statusToken}', 'get'>['messages'][number], 'author'>[] }
>;

// ---- complaints: SLA policies, the SLA report, the follow-up survey settings
export type SlaClockKind = ApiResponse<'/api/complaints/sla-report', 'get'>['rows'][number]['clock'];
export type ComplaintKind = ApiResponse<'/api/complaints/sla-policies', 'get'>[number]['kind'];
/**
 * An SLA policy (SlaPolicy); the backend leaves out what is null: a condition matching any complaint (kind,
 * category, priority, channel), the calendar (the tenant's default) and a target whose clock doesn't run.
 */
export type SlaPolicy = Nullable<
  ApiResponse<'/api/complaints/sla-policies', 'get'>[number],
  'kind' | 'categoryId' | 'priorityId' | 'channel' | 'calendarId' | 'firstResponseMinutes' | 'resolutionMinutes'
>;
/** A policy as written; null conditions match any complaint, a left-out position puts a new policy last. */
export type SlaPolicyRequest = Nullable<
  ApiRequestBody<'/api/complaints/sla-policies', 'post'>,
  'kind' | 'categoryId' | 'priorityId' | 'channel' | 'calendarId' | 'firstResponseMinutes' | 'resolutionMinutes'
>;
export type SlaPolicyOrderRequest = ApiRequestBody<'/api/complaints/sla-policies/order', 'put'>;
export type SlaReportGroup = 'unit' | 'assignee' | 'category' | 'priority' | 'month';
/** The report's query: the period's first and last day (inclusive, the tenant's time zone) and the grouping. */
export type SlaReportQuery = Narrow<
  Partial<ApiQuery<'/api/complaints/sla-report', 'get'>['params']>,
  { groupBy?: SlaReportGroup }
>;
type GeneratedSlaReport = ApiResponse<'/api/complaints/sla-report', 'get'>;
/**
 * One group and clock kind: met, breached, n, the met rate in percent with its 95% Wilson interval, the median
 * working minutes; the group (a unit, member, category or priority id, or a month "2026-03") is left out when none
 * is set, rate and interval when n = 0, the median when no clock stopped.
 */
export type SlaReportRow = Nullable<GeneratedSlaReport['rows'][number], 'group' | 'metRate' | 'low' | 'high' | 'medianMinutes'>;
export type SlaReport = Narrow<
  Nullable<GeneratedSlaReport, 'from' | 'to'>,
  { groupBy: SlaReportGroup; rows: SlaReportRow[] }
>;
/** A member a complaint may be assigned to (ADMIN: everyone; MANAGER: their units'). */
export type Assignee = Nullable<ApiResponse<'/api/complaints/assignees', 'get'>[number], 'unitId'>;
/** The follow-up survey after a resolution: on or off, the survey (null: the default CSAT survey), the delay. */
export type FollowUpSettings = Nullable<ApiResponse<'/api/complaints/settings', 'get'>, 'followUpSurveyId'>;
/** PUT /api/complaints/settings: null survey = the default CSAT survey. */
export type FollowUpSettingsRequest = Nullable<ApiRequestBody<'/api/complaints/settings', 'put'>, 'followUpSurveyId'>;

// ---- business-hours calendars (SLA clocks count working time on them)
type GeneratedCalendar = ApiResponse<'/api/calendars/{id}', 'get'>;
/** A closed day; the backend leaves out an empty name. */
export type CalendarHoliday = Nullable<GeneratedCalendar['holidays'][number], 'name'>;
/** A working slot in local wall-clock time ("08:00"); an end of "00:00" is midnight. */
export type CalendarSlot = GeneratedCalendar['slots'][string][number];
/** Weekdays without slots are closed; `fromSettings` marks the tenant's business hours (edited in the settings). */
export type Calendar = Narrow<
  GeneratedCalendar,
  { slots: Partial<Record<DayOfWeek, CalendarSlot[]>>; holidays: CalendarHoliday[] }
>;
export type CalendarRequest = Narrow<
  ApiRequestBody<'/api/calendars', 'post'>,
  { slots?: Partial<Record<DayOfWeek, CalendarSlot[]>> }
>;
/** An iCal import: dates added, dates the calendar had already, events skipped (not all-day). */
export type HolidayImport = ApiResponse<'/api/calendars/{id}/holidays/import', 'post'>;

// SLA and the closed loop on a complaint's page
/** The complaint's SLA in short (inbox due column): left out until a policy applies. */
export type ComplaintSla = NonNullable<Complaint['sla']>;
export type SlaState = ComplaintSla['state'];
/** One SLA clock: what the backend leaves out until it happens (due time while paused, stop, outcome) is optional. */
export type SlaClock = Nullable<
  ApiResponse<'/api/complaints/{id}', 'get'>['clocks'][number],
  'dueAt' | 'warningAt' | 'outcome' | 'stoppedAt' | 'breachedAt' | 'warnedAt' | 'calendarId' | 'policyId'
>;
/** The follow-up CSAT survey: when, whether and why not it went out, and the answer once it came. */
export type FollowUp = Nullable<
  ApiResponse<'/api/complaints/{id}', 'get'>['followUp'],
  'sendAt' | 'notSentReason' | 'link' | 'csat' | 'answeredAt' | 'invitationId' | 'responseId'
>;
/** A member who may be given a complaint (ADMIN: all active members, MANAGER: their units'). */
export type ComplaintAssignee = ApiResponse<'/api/complaints/assignees', 'get'>[number];
/** The public form's header: the organization the customer complains to, and the touchpoint its link names (left out: the general form). */
export type PublicComplaintForm = Nullable<ApiResponse<'/api/public/complaints/{formToken}', 'get'>, 'touchpoint'>;
export type ClassificationChange = Nullable<ApiRequestBody<'/api/complaints/{id}/classification', 'put'>, 'categoryId' | 'priorityId'>;

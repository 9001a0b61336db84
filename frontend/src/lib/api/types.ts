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
export type NewMemberRequest = Nullable<ApiRequestBody<'/api/members', 'post'>, 'unitId'>;
export type InvitedMember = Narrow<
  Nullable<ApiResponse<'/api/members', 'post'>, 'oneTimePassword'>,
  { member: Member }
>;
export type MemberChangeRequest = Nullable<ApiRequestBody<'/api/members/{id}', 'put'>, 'unitId'>;

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

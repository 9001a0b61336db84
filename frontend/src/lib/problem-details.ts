/** A field-level validation error as the backend reports it in problem+json `errors`. */
export interface FieldErrorDetail {
  field: string;
  message: string;
}

/** RFC 9457 problem details, with the `errors` extension member the Fokus backend uses. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: FieldErrorDetail[];
  [extension: string]: unknown;
}

/** Thrown by the API client for every non-2xx response and for network failures (status 0). */
export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors: FieldErrorDetail[];
  readonly problem: ProblemDetails;
  /** From the Retry-After header of a 429 or 503: seconds until a retry may succeed. */
  readonly retryAfterSeconds?: number;

  constructor(problem: ProblemDetails & { status: number }, retryAfterSeconds?: number) {
    const title = problem.title || (problem.status ? `HTTP ${problem.status}` : 'Network error');
    super(problem.detail ? `${title}: ${problem.detail}` : title);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.type = problem.type || 'about:blank';
    this.title = title;
    this.detail = problem.detail;
    this.instance = problem.instance;
    this.errors = problem.errors ?? [];
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** True when the request never got an HTTP response (offline, DNS, CORS, aborted). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isProblemError(error: unknown): error is ProblemError {
  return error instanceof ProblemError;
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function asFieldErrors(value: unknown): FieldErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { field, message } = entry as Record<string, unknown>;
    const fieldName = asString(field);
    const text = asString(message);
    return fieldName && text ? [{ field: fieldName, message: text }] : [];
  });
}

/** Builds a ProblemError from a JSON value that should be problem details (tolerates anything). */
export function toProblemError(body: unknown, status: number, statusText = '', retryAfterSeconds?: number): ProblemError {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  return new ProblemError(
    {
      ...record,
      type: asString(record.type),
      title: asString(record.title) ?? asString(statusText),
      status,
      detail: asString(record.detail),
      instance: asString(record.instance),
      errors: asFieldErrors(record.errors),
    },
    retryAfterSeconds,
  );
}

/** Retry-After as seconds: a number of seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Reads a failed response: problem+json (or plain JSON) bodies are parsed, anything else ignored. */
export async function parseProblemResponse(response: Response): Promise<ProblemError> {
  let body: unknown;
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
  }
  return toProblemError(body, response.status, response.statusText, parseRetryAfter(response.headers.get('retry-after')));
}

export interface FieldErrorMapping<F extends string> {
  /** First message per known field. */
  fieldErrors: Partial<Record<F, string>>;
  /** Errors for fields the form doesn't have: show them in a general alert. */
  unmatched: FieldErrorDetail[];
}

/**
 * Maps problem details onto form fields. Field names are compared by their last path segment
 * ("request.slug" matches "slug"). A problem without field errors but with a `conflictField`
 * for its status (e.g. 409 -> "slug") puts its detail (or title) under that field.
 */
export function mapProblemToFields<F extends string>(
  problem: ProblemError,
  fields: readonly F[],
  conflictFields: Partial<Record<number, F>> = {},
): FieldErrorMapping<F> {
  const fieldErrors: Partial<Record<F, string>> = {};
  const unmatched: FieldErrorDetail[] = [];
  for (const error of problem.errors) {
    const name = error.field.split('.').pop() ?? error.field;
    const field = fields.find((f) => f === name);
    if (field === undefined) unmatched.push(error);
    else if (fieldErrors[field] === undefined) fieldErrors[field] = error.message;
  }
  const conflictField = conflictFields[problem.status];
  if (problem.errors.length === 0 && conflictField !== undefined) {
    fieldErrors[conflictField] = problem.detail ?? problem.title;
  }
  return { fieldErrors, unmatched };
}

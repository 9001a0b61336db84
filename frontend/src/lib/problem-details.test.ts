import { describe, expect, it } from 'vitest';
import { mapProblemToFields, parseProblemResponse, ProblemError, toProblemError } from './problem-details';

const FIELDS = ['organizationName', 'slug', 'adminEmail'] as const;

function problemResponse(status: number, body: unknown, contentType = 'application/problem+json') {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': contentType },
  });
}

describe('parseProblemResponse', () => {
  it('parses RFC 9457 problem+json with field errors', async () => {
    const error = await parseProblemResponse(
      problemResponse(400, {
        type: 'https://fokus.example/problems/validation',
        title: 'Invalid request',
        status: 400,
        detail: 'Some fields are invalid.',
        instance: '/api/signup',
        errors: [
          { field: 'slug', message: 'must match "^[a-z][a-z0-9-]*$"' },
          { field: 'adminEmail', message: 'must be a well-formed email address' },
        ],
      }),
    );
    expect(error).toBeInstanceOf(ProblemError);
    expect(error.status).toBe(400);
    expect(error.type).toBe('https://fokus.example/problems/validation');
    expect(error.title).toBe('Invalid request');
    expect(error.detail).toBe('Some fields are invalid.');
    expect(error.instance).toBe('/api/signup');
    expect(error.errors).toEqual([
      { field: 'slug', message: 'must match "^[a-z][a-z0-9-]*$"' },
      { field: 'adminEmail', message: 'must be a well-formed email address' },
    ]);
    expect(error.isNetworkError).toBe(false);
  });

  it('falls back to status and status text for non-JSON bodies', async () => {
    const response = new Response('<html>Bad gateway</html>', {
      status: 502,
      statusText: 'Bad Gateway',
      headers: { 'Content-Type': 'text/html' },
    });
    const error = await parseProblemResponse(response);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.type).toBe('about:blank');
    expect(error.errors).toEqual([]);
  });

  it('survives malformed JSON and malformed errors entries', async () => {
    const broken = await parseProblemResponse(problemResponse(500, '{not json'));
    expect(broken.status).toBe(500);
    expect(broken.title).toBe('HTTP 500');

    const odd = toProblemError(
      { title: 'Bad', errors: [{ field: 'slug' }, 'x', null, { field: 'slug', message: 'taken' }] },
      400,
    );
    expect(odd.errors).toEqual([{ field: 'slug', message: 'taken' }]);
  });
});

describe('mapProblemToFields', () => {
  it('maps field errors to known fields, keeping the first message per field', () => {
    const error = toProblemError(
      {
        title: 'Invalid request',
        errors: [
          { field: 'slug', message: 'too short' },
          { field: 'slug', message: 'second message' },
          { field: 'request.adminEmail', message: 'not an email' },
          { field: 'plan', message: 'unknown plan' },
        ],
      },
      400,
    );
    const { fieldErrors, unmatched } = mapProblemToFields(error, FIELDS, { 409: 'slug' });
    expect(fieldErrors).toEqual({ slug: 'too short', adminEmail: 'not an email' });
    expect(unmatched).toEqual([{ field: 'plan', message: 'unknown plan' }]);
  });

  it('puts a 409 without field errors under the conflict field', () => {
    const error = toProblemError(
      { title: 'Conflict', status: 409, detail: "The slug 'acme' is already taken." },
      409,
    );
    expect(mapProblemToFields(error, FIELDS, { 409: 'slug' }).fieldErrors).toEqual({
      slug: "The slug 'acme' is already taken.",
    });
    const titleOnly = toProblemError({ title: 'Slug taken' }, 409);
    expect(mapProblemToFields(titleOnly, FIELDS, { 409: 'slug' }).fieldErrors).toEqual({ slug: 'Slug taken' });
  });

  it('prefers explicit field errors of a 409 over the conflict field', () => {
    const error = toProblemError(
      { title: 'Conflict', detail: 'Duplicate', errors: [{ field: 'adminEmail', message: 'in use' }] },
      409,
    );
    expect(mapProblemToFields(error, FIELDS, { 409: 'slug' }).fieldErrors).toEqual({ adminEmail: 'in use' });
  });

  it('maps nothing for other statuses without field errors', () => {
    const error = toProblemError({ title: 'Internal Server Error' }, 500);
    expect(mapProblemToFields(error, FIELDS, { 409: 'slug' })).toEqual({ fieldErrors: {}, unmatched: [] });
  });
});

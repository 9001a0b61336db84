import type { FieldErrorDetail } from '@/lib/problem-details';

/**
 * Field errors of PUT /api/surveys/{id} and POST .../publish, sorted to where the editor shows them.
 * Paths look like `definition.questions[2].options`, `definition.questions[0].text.en` (service checks) or
 * `definition.title[en]` (bean validation of map values); both spellings are normalized to dots:
 * `options.1.text.en`.
 */
export interface DefinitionErrors {
  /** Survey fields: name, touchpoint, publicLinkEnabled, responseQuota, closesAt, title.en, intro.de, questions. */
  survey: Record<string, string>;
  /** Per question index (as sent): normalized sub-path ("" for the question itself) -> message. */
  questions: Record<number, Record<string, string>>;
  /** Anything else (shown in a general alert). */
  unmatched: FieldErrorDetail[];
}

const SURVEY_FIELDS = new Set(['name', 'touchpoint', 'publicLinkEnabled', 'responseQuota', 'closesAt']);

/** "options[1].text[en]" -> "options.1.text.en" */
export function normalizePath(path: string): string {
  return path
    .replace(/\[([^\]]*)\]/g, '.$1')
    .replace(/^\./, '')
    .replace(/\.{2,}/g, '.');
}

export function mapDefinitionErrors(errors: readonly FieldErrorDetail[]): DefinitionErrors {
  const result: DefinitionErrors = { survey: {}, questions: {}, unmatched: [] };
  const put = (target: Record<string, string>, key: string, message: string) => {
    target[key] ??= message;
  };
  for (const error of errors) {
    const field = normalizePath(error.field.replace(/^request\./, ''));
    if (SURVEY_FIELDS.has(field)) {
      put(result.survey, field, error.message);
      continue;
    }
    const question = /^definition\.questions\.(\d+)(?:\.(.*))?$/.exec(field);
    if (question) {
      const index = Number(question[1]);
      result.questions[index] ??= {};
      put(result.questions[index], question[2] ?? '', error.message);
      continue;
    }
    const definitionField = /^definition\.(title|intro)(?:\.(en|de))?$/.exec(field);
    if (definitionField) {
      put(result.survey, `${definitionField[1]}.${definitionField[2] ?? 'en'}`, error.message);
      continue;
    }
    if (field === 'definition.questions') {
      put(result.survey, 'questions', error.message);
      continue;
    }
    result.unmatched.push(error);
  }
  return result;
}

/** The error of a question field, e.g. questionError(errors, "text.en"); "text" errors count for "text.en". */
export function questionFieldError(errors: Record<string, string> | undefined, key: string): string | undefined {
  if (!errors) return undefined;
  if (errors[key]) return errors[key];
  // A text map error without language ("text": is required) belongs to the English field.
  if (key.endsWith('.en')) return errors[key.slice(0, -3)];
  return undefined;
}

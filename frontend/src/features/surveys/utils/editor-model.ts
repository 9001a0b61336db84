import type {
  ConditionOperator,
  FormQuestion,
  QuestionType,
  Survey,
  SurveyChangeRequest,
  SurveyCondition,
  SurveyDefinition,
  SurveyQuestion,
} from '@/lib/api/types';
import { defaultRange, isChoiceType, isScaleType, localized } from './questions';

/** The languages a survey is written in; English is required. */
export const SURVEY_LANGUAGES = ['en', 'de'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];
export type Texts = Record<SurveyLanguage, string>;

export interface EditorOption {
  /** Stable React key; not sent. */
  key: string;
  id: string;
  text: Texts;
}

export interface EditorCondition {
  question: string;
  operator: ConditionOperator;
  /** Text of the number input (EQUALS, AT_MOST, AT_LEAST). */
  value: string;
  /** ANY_OF: option ids, or scale points as text. */
  values: string[];
}

export interface EditorQuestion {
  /** Stable React key (and key of server errors mapped to this question); not sent. */
  key: string;
  id: string;
  type: QuestionType;
  text: Texts;
  required: boolean;
  /** RATING only. */
  scaleMin: number;
  scaleMax: number;
  minLabel: Texts;
  maxLabel: Texts;
  /** Choice types only. */
  options: EditorOption[];
  showIf: EditorCondition | null;
}

export interface EditorState {
  name: string;
  touchpoint: string;
  publicLinkEnabled: boolean;
  /** Text of the number input; empty = no quota. */
  responseQuota: string;
  /** datetime-local value in the browser's time zone; empty = open-ended. */
  closesAt: string;
  title: Texts;
  intro: Texts;
  questions: EditorQuestion[];
}

let keyCounter = 0;
export function newKey(prefix = 'k'): string {
  keyCounter += 1;
  return `${prefix}${keyCounter}`;
}

const emptyTexts = (): Texts => ({ en: '', de: '' });

function toTexts(map: Record<string, string> | null | undefined): Texts {
  return { en: map?.en ?? '', de: map?.de ?? '' };
}

/** A text map for the API: English always (so a missing one is reported there), German when written. */
function fromTexts(texts: Texts): Record<string, string> {
  const out: Record<string, string> = { en: texts.en.trim() };
  if (texts.de.trim()) out.de = texts.de.trim();
  return out;
}

function fromOptionalTexts(texts: Texts): Record<string, string> | undefined {
  if (!texts.en.trim() && !texts.de.trim()) return undefined;
  return fromTexts(texts);
}

/** "q1", "q2", ...: the first free one after the number of existing questions. */
export function nextId(prefix: string, existing: readonly string[]): string {
  const taken = new Set(existing);
  let n = existing.length + 1;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newOption(existing: readonly EditorOption[]): EditorOption {
  return {
    key: newKey('o'),
    id: nextId(
      'o',
      existing.map((o) => o.id),
    ),
    text: emptyTexts(),
  };
}

export function newQuestion(existing: readonly EditorQuestion[], type: QuestionType = 'NPS'): EditorQuestion {
  return changeType(
    {
      key: newKey('q'),
      id: nextId(
        'q',
        existing.map((q) => q.id),
      ),
      type,
      text: emptyTexts(),
      required: false,
      scaleMin: 1,
      scaleMax: 5,
      minLabel: emptyTexts(),
      maxLabel: emptyTexts(),
      options: [],
      showIf: null,
    },
    type,
  );
}

/** A question of another type: choice types start with two empty options, others drop theirs. */
export function changeType(question: EditorQuestion, type: QuestionType): EditorQuestion {
  let options = question.options;
  if (isChoiceType(type) && options.length === 0) {
    const first = newOption([]);
    options = [first, newOption([first])];
  }
  if (!isChoiceType(type)) options = [];
  return { ...question, type, options };
}

function toCondition(condition: SurveyCondition | null | undefined): EditorCondition | null {
  if (!condition) return null;
  return {
    question: condition.question,
    operator: condition.operator,
    value: condition.value == null ? '' : String(condition.value),
    values: [...(condition.values ?? [])],
  };
}

function toEditorQuestion(question: SurveyQuestion): EditorQuestion {
  return {
    key: newKey('q'),
    id: question.id,
    type: question.type,
    text: toTexts(question.text),
    required: question.required ?? false,
    scaleMin: question.scale?.min ?? 1,
    scaleMax: question.scale?.max ?? 5,
    minLabel: toTexts(question.scale?.minLabel),
    maxLabel: toTexts(question.scale?.maxLabel),
    options: (question.options ?? []).map((option) => ({
      key: newKey('o'),
      id: option.id,
      text: toTexts(option.text),
    })),
    showIf: toCondition(question.showIf),
  };
}

/** An ISO instant as the value of a datetime-local input in the browser's time zone. */
export function toLocalDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (browser time zone) as an ISO instant; null when empty or unreadable. */
export function fromLocalDateTime(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function toEditorState(survey: Survey): EditorState {
  return {
    name: survey.name,
    touchpoint: survey.touchpoint,
    publicLinkEnabled: survey.publicLinkEnabled,
    responseQuota: survey.responseQuota == null ? '' : String(survey.responseQuota),
    closesAt: toLocalDateTime(survey.closesAt),
    title: toTexts(survey.draft.title),
    intro: toTexts(survey.draft.intro),
    questions: survey.draft.questions.map(toEditorQuestion),
  };
}

function toApiCondition(condition: EditorCondition | null): SurveyCondition | undefined {
  if (!condition || !condition.question) return undefined;
  if (condition.operator === 'ANY_OF') {
    return { question: condition.question, operator: 'ANY_OF', values: [...condition.values] };
  }
  const value = condition.value.trim() === '' ? undefined : Number(condition.value);
  return {
    question: condition.question,
    operator: condition.operator,
    value: value !== undefined && Number.isInteger(value) ? value : undefined,
  };
}

function toApiQuestion(question: EditorQuestion): SurveyQuestion {
  const out: SurveyQuestion = {
    id: question.id.trim(),
    type: question.type,
    text: fromTexts(question.text),
    required: question.required,
  };
  if (question.type === 'RATING') {
    out.scale = {
      min: question.scaleMin,
      max: question.scaleMax,
      minLabel: fromOptionalTexts(question.minLabel),
      maxLabel: fromOptionalTexts(question.maxLabel),
    };
  }
  if (isChoiceType(question.type)) {
    out.options = question.options.map((option) => ({ id: option.id.trim(), text: fromTexts(option.text) }));
  }
  const showIf = toApiCondition(question.showIf);
  if (showIf) out.showIf = showIf;
  return out;
}

export function toDefinition(state: EditorState): SurveyDefinition {
  const definition: SurveyDefinition = { title: fromTexts(state.title), questions: state.questions.map(toApiQuestion) };
  const intro = fromOptionalTexts(state.intro);
  if (intro) definition.intro = intro;
  return definition;
}

export function toChangeRequest(state: EditorState): SurveyChangeRequest {
  const quota = state.responseQuota.trim();
  return {
    name: state.name.trim(),
    touchpoint: state.touchpoint.trim(),
    definition: toDefinition(state),
    publicLinkEnabled: state.publicLinkEnabled,
    responseQuota: quota === '' ? null : Number(quota),
    closesAt: fromLocalDateTime(state.closesAt),
  };
}

/** Moves the question at `index` by `delta` (-1 up, +1 down); the same array when it can't move. */
export function moveQuestion(questions: readonly EditorQuestion[], index: number, delta: -1 | 1): EditorQuestion[] {
  const target = index + delta;
  if (index < 0 || index >= questions.length || target < 0 || target >= questions.length) return [...questions];
  const next = [...questions];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Renames a question id and keeps the display logic of other questions pointing at it. */
export function renameQuestionId(questions: readonly EditorQuestion[], key: string, id: string): EditorQuestion[] {
  const old = questions.find((q) => q.key === key)?.id;
  return questions.map((q) => {
    if (q.key === key) return { ...q, id };
    if (old && q.showIf?.question === old) return { ...q, showIf: { ...q.showIf, question: id } };
    return q;
  });
}

/** Removes a question; display logic that referred to it is dropped (it would name a missing question). */
export function removeQuestion(questions: readonly EditorQuestion[], key: string): EditorQuestion[] {
  const removed = questions.find((q) => q.key === key);
  return questions
    .filter((q) => q.key !== key)
    .map((q) => (removed && q.showIf?.question === removed.id ? { ...q, showIf: null } : q));
}

/** Client-side checks the backend would also make, so obvious slips show before saving. */
export const TOUCHPOINT_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const QUESTION_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** The question as a respondent would see it in `language` (for the live preview). */
export function toFormQuestion(question: EditorQuestion, language: SurveyLanguage): FormQuestion {
  const range =
    question.type === 'RATING' ? { min: question.scaleMin, max: question.scaleMax } : defaultRange(question.type);
  const condition = toApiCondition(question.showIf);
  return {
    id: question.id,
    type: question.type,
    text: localized(question.text, language),
    required: question.required,
    min: isScaleType(question.type) ? (range?.min ?? null) : null,
    max: isScaleType(question.type) ? (range?.max ?? null) : null,
    minLabel: question.type === 'RATING' ? localized(question.minLabel, language) || null : null,
    maxLabel: question.type === 'RATING' ? localized(question.maxLabel, language) || null : null,
    options: isChoiceType(question.type)
      ? question.options.map((option) => ({ id: option.id, text: localized(option.text, language) }))
      : null,
    showIf: condition ?? null,
  };
}

/** The editor's state as the request it would save (JSON): equal strings mean nothing changed. */
export const serializeEditorState = (state: EditorState) => JSON.stringify(toChangeRequest(state));

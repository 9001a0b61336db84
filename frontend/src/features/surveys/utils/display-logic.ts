import type { AnswerValue, ConditionOperator, QuestionType } from '@/lib/api/types';
import { isChoiceType, isScaleType } from './questions';

/**
 * Display logic, evaluated exactly like the backend (Questionnaire.validate / matches): questions are
 * walked in order; a question with `showIf` is visible only when the answer to the named earlier question
 * is given (visible, not blank, valid) and matches. A hidden question's answer counts as not given, so
 * conditions on it hide the dependent question too.
 */
export interface ConditionLike {
  question: string;
  operator: ConditionOperator;
  value?: number | null;
  values?: readonly string[] | null;
}

export interface LogicQuestion {
  id: string;
  type: QuestionType;
  min?: number | null;
  max?: number | null;
  options?: readonly { id: string }[] | null;
  showIf?: ConditionLike | null;
}

export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

/** An answer as the backend keeps it for display logic: a number (scales) or chosen option ids. */
export interface GivenAnswer {
  number: number | null;
  choices: readonly string[] | null;
}

/** Blank like the backend: missing, null, whitespace-only text or an empty list. */
export function isBlank(value: AnswerValue | null | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return Number.isNaN(value);
}

/** The answer as the backend would accept it, or null when it would reject it (wrong shape, out of range). */
export function parseAnswer(question: LogicQuestion, value: AnswerValue): GivenAnswer | null {
  if (isScaleType(question.type)) {
    if (typeof value !== 'number' || !Number.isInteger(value)) return null;
    if (question.min != null && value < question.min) return null;
    if (question.max != null && value > question.max) return null;
    return { number: value, choices: null };
  }
  const isOption = (id: unknown) =>
    typeof id === 'string' && (question.options ?? []).some((option) => option.id === id);
  if (question.type === 'SINGLE_CHOICE') {
    return isOption(value) ? { number: null, choices: [value as string] } : null;
  }
  if (question.type === 'MULTIPLE_CHOICE') {
    if (!Array.isArray(value) || !value.every(isOption) || new Set(value).size !== value.length) return null;
    return { number: null, choices: value };
  }
  if (question.type === 'TEXT') return typeof value === 'string' ? { number: null, choices: null } : null;
  return null;
}

/** Whether an earlier answer makes a conditional question visible; no answer means hidden. */
export function conditionMatches(condition: ConditionLike, answer: GivenAnswer | undefined): boolean {
  if (!answer) return false;
  const { number } = answer;
  const value = condition.value;
  switch (condition.operator) {
    case 'EQUALS':
      return number !== null && value != null && number === value;
    case 'AT_MOST':
      return number !== null && value != null && number <= value;
    case 'AT_LEAST':
      return number !== null && value != null && number >= value;
    case 'ANY_OF': {
      const values = condition.values ?? [];
      if (number !== null) return values.includes(String(number));
      return answer.choices !== null && answer.choices.some((choice) => values.includes(choice));
    }
    default:
      return false;
  }
}

/** The ids of the questions a respondent sees for the given answers, in question order. */
export function visibleQuestionIds(questions: readonly LogicQuestion[], answers: Answers): Set<string> {
  const visible = new Set<string>();
  const given = new Map<string, GivenAnswer>();
  for (const question of questions) {
    const shown = !question.showIf || conditionMatches(question.showIf, given.get(question.showIf.question));
    if (!shown) continue;
    visible.add(question.id);
    const value = answers[question.id];
    if (isBlank(value)) continue;
    const parsed = parseAnswer(question, value as AnswerValue);
    if (parsed) given.set(question.id, parsed);
  }
  return visible;
}

/** Questions whose showIf can refer to `question`: numbers compare, choices match (text answers can't). */
export function canBeConditionTarget(type: QuestionType): boolean {
  return isScaleType(type) || isChoiceType(type);
}

import type { AnswerValue } from '@/lib/api/types';
import { type Answers, isBlank, type LogicQuestion, visibleQuestionIds } from './display-logic';

export interface AnswerQuestion extends LogicQuestion {
  required: boolean;
}

/**
 * The `answers` of a submission: only questions that are visible for the given answers and answered
 * (blanks dropped), texts trimmed; hidden answers are never sent (the backend rejects them).
 */
export function serializeAnswers(questions: readonly LogicQuestion[], answers: Answers): Record<string, AnswerValue> {
  const visible = visibleQuestionIds(questions, answers);
  const out: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (!visible.has(question.id) || isBlank(value)) continue;
    if (typeof value === 'string') out[question.id] = value.trim();
    else if (Array.isArray(value)) out[question.id] = [...value];
    else out[question.id] = value as number;
  }
  return out;
}

/** The visible required questions without an answer, in question order. */
export function missingRequired(questions: readonly AnswerQuestion[], answers: Answers): string[] {
  const visible = visibleQuestionIds(questions, answers);
  return questions.filter((q) => q.required && visible.has(q.id) && isBlank(answers[q.id])).map((q) => q.id);
}

/** Question ids of field errors such as "answers.q2" (400 problem of a submission). */
export function answerErrorQuestionId(field: string): string | null {
  const match = /^(?:request\.)?answers(?:\.|\[)([^\].]+)\]?/.exec(field);
  return match?.[1] ?? null;
}

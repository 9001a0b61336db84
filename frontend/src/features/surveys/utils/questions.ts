import type { QuestionType } from '@/lib/api/types';

export const QUESTION_TYPES: readonly QuestionType[] = [
  'NPS',
  'CSAT',
  'CES',
  'RATING',
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'TEXT',
];

/** Question types answered with a number on a scale (they have a score). */
export function isScaleType(type: QuestionType): boolean {
  return type === 'NPS' || type === 'CSAT' || type === 'CES' || type === 'RATING';
}

export function isChoiceType(type: QuestionType): boolean {
  return type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE';
}

export interface ScaleRange {
  min: number;
  max: number;
}

/** The fixed answer range of the standard scales (RATING is configurable, 1..5 by default). */
export function defaultRange(type: QuestionType): ScaleRange | null {
  switch (type) {
    case 'NPS':
      return { min: 0, max: 10 };
    case 'CSAT':
      return { min: 1, max: 5 };
    case 'CES':
      return { min: 1, max: 7 };
    case 'RATING':
      return { min: 1, max: 5 };
    default:
      return null;
  }
}

/** The points of a scale, lowest first. */
export function scalePoints(range: ScaleRange): number[] {
  const points: number[] = [];
  for (let value = range.min; value <= range.max; value++) points.push(value);
  return points;
}

/** A text in `language`, falling back to English (like the backend), then to any text at all. */
export function localized(texts: Record<string, string> | null | undefined, language: string): string {
  if (!texts) return '';
  const text = texts[language];
  if (text && text.trim()) return text;
  return texts.en ?? Object.values(texts).find((value) => value.trim()) ?? '';
}

import { describe, expect, it } from 'vitest';
import { conditionMatches, isBlank, type LogicQuestion, parseAnswer, visibleQuestionIds } from './display-logic';

const nps: LogicQuestion = { id: 'nps', type: 'NPS', min: 0, max: 10 };
const improve: LogicQuestion = {
  id: 'improve',
  type: 'TEXT',
  showIf: { question: 'nps', operator: 'AT_MOST', value: 6 },
};
const resolved: LogicQuestion = {
  id: 'resolved',
  type: 'SINGLE_CHOICE',
  options: [{ id: 'yes' }, { id: 'partly' }, { id: 'no' }],
};
const why: LogicQuestion = {
  id: 'why',
  type: 'TEXT',
  showIf: { question: 'resolved', operator: 'ANY_OF', values: ['partly', 'no'] },
};

const visible = (questions: LogicQuestion[], answers: Record<string, unknown>) => [
  ...visibleQuestionIds(questions, answers as never),
];

describe('display logic (mirror of the backend Questionnaire)', () => {
  it('compares numbers with AT_MOST, AT_LEAST and EQUALS', () => {
    const at = (operator: 'AT_MOST' | 'AT_LEAST' | 'EQUALS', value: number, answer: number) =>
      conditionMatches({ question: 'q', operator, value }, { number: answer, choices: null });
    expect(at('AT_MOST', 6, 6)).toBe(true);
    expect(at('AT_MOST', 6, 7)).toBe(false);
    expect(at('AT_LEAST', 9, 9)).toBe(true);
    expect(at('AT_LEAST', 9, 8)).toBe(false);
    expect(at('EQUALS', 3, 3)).toBe(true);
    expect(at('EQUALS', 3, 4)).toBe(false);
  });

  it('matches ANY_OF against chosen options, or numbers as text', () => {
    const condition = { question: 'q', operator: 'ANY_OF' as const, values: ['partly', 'no', '10'] };
    expect(conditionMatches(condition, { number: null, choices: ['no'] })).toBe(true);
    expect(conditionMatches(condition, { number: null, choices: ['yes', 'partly'] })).toBe(true);
    expect(conditionMatches(condition, { number: null, choices: ['yes'] })).toBe(false);
    expect(conditionMatches(condition, { number: 10, choices: null })).toBe(true);
    expect(conditionMatches(condition, { number: 9, choices: null })).toBe(false);
  });

  it('never matches number operators on choices, or any condition without an answer', () => {
    expect(conditionMatches({ question: 'q', operator: 'AT_MOST', value: 6 }, { number: null, choices: ['1'] })).toBe(
      false,
    );
    expect(conditionMatches({ question: 'q', operator: 'EQUALS', value: null }, { number: 3, choices: null })).toBe(
      false,
    );
    expect(conditionMatches({ question: 'q', operator: 'ANY_OF', values: ['a'] }, undefined)).toBe(false);
    // A text answer has neither number nor choices.
    expect(
      conditionMatches({ question: 'q', operator: 'ANY_OF', values: ['a'] }, { number: null, choices: null }),
    ).toBe(false);
  });

  it('hides a conditional question until the earlier answer matches', () => {
    expect(visible([nps, improve], {})).toEqual(['nps']);
    expect(visible([nps, improve], { nps: 9 })).toEqual(['nps']);
    expect(visible([nps, improve], { nps: 6 })).toEqual(['nps', 'improve']);
    expect(visible([nps, improve], { nps: 0 })).toEqual(['nps', 'improve']);
    expect(visible([resolved, why], { resolved: 'yes' })).toEqual(['resolved']);
    expect(visible([resolved, why], { resolved: 'no' })).toEqual(['resolved', 'why']);
  });

  it('treats blank and invalid answers as not given', () => {
    expect(visible([nps, improve], { nps: '' })).toEqual(['nps']);
    expect(visible([nps, improve], { nps: 11 })).toEqual(['nps']); // out of range: the backend rejects it
    expect(visible([nps, improve], { nps: 4.5 })).toEqual(['nps']);
    expect(visible([resolved, why], { resolved: 'maybe' })).toEqual(['resolved']); // not an option
  });

  it('hides a question whose condition names a hidden question, even if that one has an answer', () => {
    const followUp: LogicQuestion = {
      id: 'detail',
      type: 'TEXT',
      showIf: { question: 'why', operator: 'ANY_OF', values: ['x'] },
    };
    const csat: LogicQuestion = {
      id: 'csat',
      type: 'CSAT',
      min: 1,
      max: 5,
      showIf: { question: 'nps', operator: 'AT_MOST', value: 6 },
    };
    const effort: LogicQuestion = {
      id: 'effort',
      type: 'TEXT',
      showIf: { question: 'csat', operator: 'AT_MOST', value: 2 },
    };
    // csat was answered while nps was low; nps changed to 10: csat hides, and effort with it.
    expect(visible([nps, csat, effort], { nps: 10, csat: 1 })).toEqual(['nps']);
    expect(visible([nps, csat, effort], { nps: 3, csat: 1 })).toEqual(['nps', 'csat', 'effort']);
    // A condition on a text question never matches.
    expect(visible([resolved, why, followUp], { resolved: 'no', why: 'x' })).toEqual(['resolved', 'why']);
  });

  it('only looks at earlier questions (a condition on a later one is never met)', () => {
    const first: LogicQuestion = {
      id: 'first',
      type: 'TEXT',
      showIf: { question: 'nps', operator: 'AT_LEAST', value: 0 },
    };
    expect(visible([first, nps], { nps: 5 })).toEqual(['nps']);
  });

  it('parses answers like the backend', () => {
    expect(parseAnswer(nps, 10)).toEqual({ number: 10, choices: null });
    expect(parseAnswer(nps, '10')).toBeNull();
    const multi: LogicQuestion = { id: 'm', type: 'MULTIPLE_CHOICE', options: [{ id: 'a' }, { id: 'b' }] };
    expect(parseAnswer(multi, ['a', 'b'])).toEqual({ number: null, choices: ['a', 'b'] });
    expect(parseAnswer(multi, ['a', 'a'])).toBeNull();
    expect(parseAnswer(multi, ['c'])).toBeNull();
  });

  it('knows blanks: empty or whitespace text, empty lists, nothing', () => {
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank(null)).toBe(true);
    expect(isBlank('  ')).toBe(true);
    expect(isBlank([])).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank('a')).toBe(false);
  });
});

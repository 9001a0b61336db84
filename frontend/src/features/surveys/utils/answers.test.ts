import { describe, expect, it } from 'vitest';
import { answerErrorQuestionId, missingRequired, serializeAnswers, type AnswerQuestion } from './answers';

const questions: AnswerQuestion[] = [
  { id: 'nps', type: 'NPS', min: 0, max: 10, required: true },
  { id: 'improve', type: 'TEXT', required: true, showIf: { question: 'nps', operator: 'AT_MOST', value: 6 } },
  { id: 'channels', type: 'MULTIPLE_CHOICE', required: false, options: [{ id: 'web' }, { id: 'phone' }] },
  { id: 'comment', type: 'TEXT', required: false },
];

describe('answer serialization', () => {
  it('sends the visible answers with their JSON types', () => {
    expect(
      serializeAnswers(questions, { nps: 3, improve: ' Faster replies ', channels: ['web', 'phone'], comment: 'ok' }),
    ).toEqual({
      nps: 3,
      improve: 'Faster replies',
      channels: ['web', 'phone'],
      comment: 'ok',
    });
  });

  it('drops answers of hidden questions', () => {
    // "improve" was answered while the score was low; with 9 it is hidden and must not be sent.
    const sent = serializeAnswers(questions, { nps: 9, improve: 'Faster replies' });
    expect(sent).toEqual({ nps: 9 });
    expect(sent).not.toHaveProperty('improve');
  });

  it('drops blanks: empty or whitespace texts, empty lists, missing values', () => {
    expect(serializeAnswers(questions, { nps: 0, improve: '   ', channels: [], comment: '' })).toEqual({ nps: 0 });
    expect(serializeAnswers(questions, {})).toEqual({});
  });

  it('lists visible required questions without an answer', () => {
    expect(missingRequired(questions, {})).toEqual(['nps']);
    expect(missingRequired(questions, { nps: 2 })).toEqual(['improve']);
    expect(missingRequired(questions, { nps: 2, improve: ' ' })).toEqual(['improve']);
    expect(missingRequired(questions, { nps: 10 })).toEqual([]); // "improve" is hidden, so not required
  });

  it('reads the question of a submission field error', () => {
    expect(answerErrorQuestionId('answers.nps')).toBe('nps');
    expect(answerErrorQuestionId('answers[q-2]')).toBe('q-2');
    expect(answerErrorQuestionId('submissionId')).toBeNull();
  });
});

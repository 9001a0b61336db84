import { describe, expect, it } from 'vitest';
import type { Survey } from '@/lib/api/types';
import {
  moveQuestion,
  newQuestion,
  nextId,
  removeQuestion,
  renameQuestionId,
  toChangeRequest,
  toEditorState,
  toFormQuestion,
} from './editor-model';

const survey: Survey = {
  id: 's1',
  name: 'Support CSAT',
  audience: 'CUSTOMER',
  touchpoint: 'support',
  status: 'DRAFT',
  draft: {
    title: { en: 'How did we do?', de: 'Wie war es?' },
    questions: [
      { id: 'csat', type: 'CSAT', text: { en: 'Satisfied?' }, required: true },
      {
        id: 'resolved',
        type: 'SINGLE_CHOICE',
        text: { en: 'Resolved?' },
        required: false,
        options: [
          { id: 'yes', text: { en: 'Yes', de: 'Ja' } },
          { id: 'no', text: { en: 'No' } },
        ],
      },
      {
        id: 'why',
        type: 'TEXT',
        text: { en: 'Why not?' },
        showIf: { question: 'resolved', operator: 'ANY_OF', values: ['no'] },
      },
      {
        id: 'agree',
        type: 'RATING',
        text: { en: 'Agree?' },
        scale: { min: 1, max: 7, minLabel: { en: 'No' }, maxLabel: { en: 'Yes' } },
      },
    ],
  },
  draftChanged: false,
  publicLinkEnabled: true,
  publicToken: 'tok',
  responseQuota: null,
  closesAt: null,
  responses: 0,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('editor model', () => {
  it('round-trips a definition into the PUT body', () => {
    const request = toChangeRequest(toEditorState(survey));
    expect(request).toEqual({
      name: 'Support CSAT',
      touchpoint: 'support',
      publicLinkEnabled: true,
      responseQuota: null,
      closesAt: null,
      definition: {
        title: { en: 'How did we do?', de: 'Wie war es?' },
        questions: [
          { id: 'csat', type: 'CSAT', text: { en: 'Satisfied?' }, required: true },
          {
            id: 'resolved',
            type: 'SINGLE_CHOICE',
            text: { en: 'Resolved?' },
            required: false,
            options: [
              { id: 'yes', text: { en: 'Yes', de: 'Ja' } },
              { id: 'no', text: { en: 'No' } },
            ],
          },
          {
            id: 'why',
            type: 'TEXT',
            text: { en: 'Why not?' },
            required: false,
            showIf: { question: 'resolved', operator: 'ANY_OF', values: ['no'] },
          },
          {
            id: 'agree',
            type: 'RATING',
            text: { en: 'Agree?' },
            required: false,
            scale: { min: 1, max: 7, minLabel: { en: 'No' }, maxLabel: { en: 'Yes' } },
          },
        ],
      },
    });
  });

  it('sends the quota as a number and the closing time as an instant', () => {
    const state = { ...toEditorState(survey), responseQuota: '250', closesAt: '2026-12-24T18:00' };
    const request = toChangeRequest(state);
    expect(request.responseQuota).toBe(250);
    expect(request.closesAt).toBe(new Date('2026-12-24T18:00').toISOString());
  });

  it('numbers new questions q1, q2, ... skipping taken ids, with two options for choices', () => {
    expect(nextId('q', ['q1', 'q3'])).toBe('q4');
    expect(nextId('q', [])).toBe('q1');
    expect(nextId('q', ['a', 'q2'])).toBe('q3');
    const state = toEditorState(survey);
    const added = newQuestion(state.questions, 'MULTIPLE_CHOICE');
    expect(added.id).toBe('q5');
    expect(added.options.map((o) => o.id)).toEqual(['o1', 'o2']);
  });

  it('keeps display logic pointing at a renamed question and drops it with a removed one', () => {
    const state = toEditorState(survey);
    const resolvedKey = state.questions[1]!.key;
    const renamed = renameQuestionId(state.questions, resolvedKey, 'fixed');
    expect(renamed[2]!.showIf?.question).toBe('fixed');
    const removed = removeQuestion(state.questions, resolvedKey);
    expect(removed.map((q) => q.id)).toEqual(['csat', 'why', 'agree']);
    expect(removed[1]!.showIf).toBeNull();
  });

  it('moves questions up and down within bounds', () => {
    const { questions } = toEditorState(survey);
    expect(moveQuestion(questions, 1, -1).map((q) => q.id)).toEqual(['resolved', 'csat', 'why', 'agree']);
    expect(moveQuestion(questions, 3, 1).map((q) => q.id)).toEqual(['csat', 'resolved', 'why', 'agree']);
  });

  it('previews a question like the respondent form in either language', () => {
    const { questions } = toEditorState(survey);
    expect(toFormQuestion(questions[1]!, 'de')).toMatchObject({
      text: 'Resolved?',
      options: [
        { id: 'yes', text: 'Ja' },
        { id: 'no', text: 'No' },
      ],
    });
    expect(toFormQuestion(questions[0]!, 'en')).toMatchObject({ min: 1, max: 5, options: null });
    expect(toFormQuestion(questions[3]!, 'en')).toMatchObject({ min: 1, max: 7, minLabel: 'No', maxLabel: 'Yes' });
  });
});

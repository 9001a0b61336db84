import type { FormQuestion, Survey, SurveyForm, SurveyResults } from '@/lib/api/types';

export const SURVEY_ID = 'dddddddd-0000-4000-8000-000000000001';
export const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

export function formQuestion(overrides: Partial<FormQuestion> & Pick<FormQuestion, 'id' | 'type'>): FormQuestion {
  return {
    text: overrides.id,
    required: false,
    min: null,
    max: null,
    minLabel: null,
    maxLabel: null,
    options: null,
    showIf: null,
    ...overrides,
  };
}

/** The NPS template as a respondent sees it. */
export function npsForm(overrides: Partial<SurveyForm> = {}): SurveyForm {
  return {
    title: 'How likely are you to recommend us?',
    intro: 'Two quick questions.',
    language: 'en',
    languages: ['en', 'de'],
    customerName: null,
    questions: [
      formQuestion({
        id: 'nps',
        type: 'NPS',
        text: 'How likely is it that you would recommend us?',
        required: true,
        min: 0,
        max: 10,
      }),
      formQuestion({
        id: 'improve',
        type: 'TEXT',
        text: 'What should we do better?',
        showIf: { question: 'nps', operator: 'AT_MOST', value: 6 },
      }),
      formQuestion({
        id: 'channel',
        type: 'SINGLE_CHOICE',
        text: 'How did you contact us?',
        options: [
          { id: 'phone', text: 'Phone' },
          { id: 'mail', text: 'Email' },
        ],
      }),
    ],
    ...overrides,
  };
}

export function survey(overrides: Partial<Survey> = {}): Survey {
  return {
    id: SURVEY_ID,
    name: 'Support satisfaction',
    audience: 'CUSTOMER',
    touchpoint: 'support',
    status: 'DRAFT',
    draft: {
      title: { en: 'How did we do?', de: 'Wie war unser Service?' },
      questions: [
        { id: 'csat', type: 'CSAT', text: { en: 'How satisfied are you?' }, required: true },
        {
          id: 'resolved',
          type: 'SINGLE_CHOICE',
          text: { en: 'Was your issue resolved?' },
          required: true,
          options: [
            { id: 'yes', text: { en: 'Yes', de: 'Ja' } },
            { id: 'no', text: { en: 'No', de: 'Nein' } },
          ],
        },
        { id: 'comment', type: 'TEXT', text: { en: 'Anything else?' }, required: false },
      ],
    },
    draftChanged: false,
    publishedVersion: null,
    publicToken: TOKEN,
    publicLinkEnabled: false,
    responseQuota: null,
    closesAt: null,
    responses: 0,
    createdAt: '2026-01-01T10:00:00Z',
    updatedAt: '2026-01-01T10:00:00Z',
    ...overrides,
  };
}

export function results(overrides: Partial<SurveyResults> = {}): SurveyResults {
  return {
    surveyId: SURVEY_ID,
    audience: 'CUSTOMER',
    responses: 0,
    scores: [],
    distributions: [],
    responseRate: { invited: 0, answered: 0, rate: null },
    byLevel: [],
    byUnit: [],
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';
import { mapDefinitionErrors, normalizePath, questionFieldError } from './definition-errors';

describe('mapping save and publish errors onto the editor', () => {
  it('puts definition.questions[i] errors on question i, by field', () => {
    const mapped = mapDefinitionErrors([
      { field: 'definition.questions[2].options', message: 'a choice question needs at least two options' },
      { field: 'definition.questions[0].text.en', message: 'an English text is required' },
      { field: 'definition.questions[2].options[1].text.en', message: 'an English text is required' },
      { field: 'definition.questions[1].showIf.question', message: 'must name an earlier question' },
      { field: 'definition.questions[3].id', message: 'is used by another question' },
      { field: 'definition.questions[3]', message: 'must not be null' },
    ]);
    expect(mapped.questions).toEqual({
      0: { 'text.en': 'an English text is required' },
      1: { 'showIf.question': 'must name an earlier question' },
      2: {
        options: 'a choice question needs at least two options',
        'options.1.text.en': 'an English text is required',
      },
      3: { id: 'is used by another question', '': 'must not be null' },
    });
    expect(mapped.unmatched).toEqual([]);
  });

  it('reads bean-validation paths with brackets for map keys', () => {
    expect(normalizePath('definition.questions[4].text[de]')).toBe('definition.questions.4.text.de');
    const mapped = mapDefinitionErrors([
      { field: 'definition.title[en]', message: 'size must be between 0 and 300' },
      { field: 'definition.questions[4].options[0].id', message: '1 to 40 letters' },
    ]);
    expect(mapped.survey).toEqual({ 'title.en': 'size must be between 0 and 300' });
    expect(mapped.questions[4]).toEqual({ 'options.0.id': '1 to 40 letters' });
  });

  it('keeps survey fields, the empty-questions error and unknown fields apart', () => {
    const mapped = mapDefinitionErrors([
      { field: 'touchpoint', message: 'lowercase letters, digits, _ or -' },
      { field: 'definition.questions', message: 'a survey needs at least one question to be published' },
      { field: 'definition.title', message: 'is required' },
      { field: 'somethingElse', message: 'odd' },
    ]);
    expect(mapped.survey).toEqual({
      touchpoint: 'lowercase letters, digits, _ or -',
      questions: 'a survey needs at least one question to be published',
      'title.en': 'is required',
    });
    expect(mapped.unmatched).toEqual([{ field: 'somethingElse', message: 'odd' }]);
    expect(mapped.questions).toEqual({});
  });

  it('shows a text error without language at the English field', () => {
    expect(questionFieldError({ text: 'is required' }, 'text.en')).toBe('is required');
    expect(questionFieldError({ text: 'is required' }, 'text.de')).toBeUndefined();
    expect(questionFieldError(undefined, 'id')).toBeUndefined();
  });
});

import { Button, Group, Paper, SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, SurveyForm } from '@/lib/api/types';
import { type EditorState, SURVEY_LANGUAGES, type SurveyLanguage, toFormQuestion } from '../../utils/editor-model';
import { localized } from '../../utils/questions';
import { Questionnaire } from '../questionnaire/Questionnaire';

/** The questionnaire as respondents will see it, live while editing; answers here are never sent. */
export function EditorPreview({ state }: { state: EditorState }) {
  const { t } = useTranslation('surveys');
  const [language, setLanguage] = useState<SurveyLanguage>('en');
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});

  const form = useMemo<SurveyForm>(() => {
    const seen = new Set<string>();
    // Half-typed definitions may repeat ids or leave them empty: preview each id once.
    const questions = state.questions
      .filter((q) => q.id.trim() && !seen.has(q.id) && seen.add(q.id))
      .map((q) => toFormQuestion(q, language));
    return {
      title: localized(state.title, language) || t('surveys.editor.preview.untitled'),
      intro: localized(state.intro, language) || null,
      language,
      languages: [...SURVEY_LANGUAGES],
      questions,
      customerName: null,
    };
  }, [state, language, t]);

  return (
    <Paper withBorder radius="md" p="md" data-testid="survey-preview">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={700} component="h2" m={0} size="md">
            {t('surveys.editor.preview.title')}
          </Text>
          <SegmentedControl
            size="xs"
            aria-label={t('surveys.editor.preview.language')}
            value={language}
            onChange={(value) => setLanguage(value as SurveyLanguage)}
            data={SURVEY_LANGUAGES.map((lang) => ({
              value: lang,
              label: (
                <>
                  <span aria-hidden="true">{lang.toUpperCase()}</span>
                  <VisuallyHidden>{t(`language.${lang}`)}</VisuallyHidden>
                </>
              ),
            }))}
          />
        </Group>
        <Text size="xs" c="dimmed">
          {t('surveys.editor.preview.hint')}
        </Text>
        <Questionnaire
          form={form}
          answers={answers}
          onAnswer={(id, value) => setAnswers((current) => ({ ...current, [id]: value }))}
          errors={{}}
          showSummary={false}
          onSubmit={() => {}}
          idPrefix="preview"
          headingOrder={3}
          footer={
            <Group>
              <Button disabled>{t('surveys.answer.submit')}</Button>
              <Button variant="subtle" size="xs" onClick={() => setAnswers({})}>
                {t('surveys.editor.preview.reset')}
              </Button>
            </Group>
          }
        />
      </Stack>
    </Paper>
  );
}

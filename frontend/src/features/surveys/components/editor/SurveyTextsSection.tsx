import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyEditorModel } from '../../hooks/useSurveyEditor';
import { LocalizedInputs } from './LocalizedInputs';

/** The survey's title and introduction in every language. */
export function SurveyTextsSection({ editor }: { editor: SurveyEditorModel }) {
  const { t } = useTranslation('surveys');
  const { state, errors, archived, set } = editor;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('surveys.editor.textsTitle')}
        </Title>
        <LocalizedInputs
          label={t('surveys.editor.surveyTitle')}
          value={state.title}
          requiredEnglish
          maxLength={300}
          disabled={archived}
          errors={{ en: errors.survey['title.en'], de: errors.survey['title.de'] }}
          onChange={(language, text) =>
            set({ title: { ...state.title, [language]: text } }, [`title.${language}`])
          }
          testId="survey-title"
        />
        <LocalizedInputs
          label={t('surveys.editor.intro')}
          value={state.intro}
          multiline
          maxLength={2000}
          disabled={archived}
          errors={{ en: errors.survey['intro.en'], de: errors.survey['intro.de'] }}
          onChange={(language, text) =>
            set({ intro: { ...state.intro, [language]: text } }, [`intro.${language}`])
          }
        />
      </Stack>
    </Paper>
  );
}

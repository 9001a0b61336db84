import { Alert, Grid, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ResultMessage } from '@/components/feedback';
import type { Survey } from '@/lib/api/types';
import { EditorConfirmDialogs } from '../components/editor/EditorConfirmDialogs';
import { EditorPreview } from '../components/editor/EditorPreview';
import { EditorToolbar } from '../components/editor/EditorToolbar';
import { QuestionList } from '../components/editor/QuestionList';
import { SurveySettingsSection } from '../components/editor/SurveySettingsSection';
import { SurveyTextsSection } from '../components/editor/SurveyTextsSection';
import { type SurveyEditorOptions, useSurveyEditor } from '../hooks/useSurveyEditor';
import { serializeEditorState, toEditorState } from '../utils/editor-model';
import { useSurveyPage } from './SurveyLayout';

/** `/surveys/:id/edit`: the draft (texts, questions, display logic), distribution settings and the lifecycle. */
export function SurveyEditorRoute() {
  const { survey, editor, setEditor } = useSurveyPage();
  // Start from the saved survey unless this tab already holds (possibly unsaved) changes.
  const session = useMemo(() => {
    if (editor) return editor;
    const state = toEditorState(survey);
    return { surveyId: survey.id, state, baseline: serializeEditorState(state) };
  }, [editor, survey]);
  return (
    <SurveyEditor
      survey={survey}
      state={session.state}
      baseline={session.baseline}
      onChange={(state, baseline) => setEditor({ surveyId: survey.id, state, baseline: baseline ?? session.baseline })}
    />
  );
}

function SurveyEditor(props: SurveyEditorOptions & { survey: Survey }) {
  const { t } = useTranslation('surveys');
  const editor = useSurveyEditor(props);
  const { survey, state, errors, result, setResult, archived, formRef, onSave } = editor;

  return (
    <>
      <title>{t('surveys.editor.pageTitle', { name: survey.name })}</title>
      <EditorToolbar editor={editor} />
      <ResultMessage result={result} onClose={() => setResult(null)} />
      {errors.general && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('surveys.editor.saveFailed')}
          mb="md"
          data-testid="editor-errors"
        >
          {errors.general}
        </Alert>
      )}
      {archived && (
        <Alert color="gray" variant="light" mb="md">
          {t('surveys.editor.archivedText')}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <form
            ref={formRef}
            noValidate
            aria-label={t('surveys.editor.formLabel')}
            onSubmit={(event) => {
              event.preventDefault();
              void onSave();
            }}
          >
            <Stack gap="lg">
              <SurveySettingsSection editor={editor} />
              <SurveyTextsSection editor={editor} />
              <QuestionList editor={editor} />
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <div style={{ position: 'sticky', top: 140 }}>
            <EditorPreview state={state} />
          </div>
        </Grid.Col>
      </Grid>

      <EditorConfirmDialogs editor={editor} />
    </>
  );
}

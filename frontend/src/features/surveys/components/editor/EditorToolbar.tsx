import { Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyEditorModel } from '../../hooks/useSurveyEditor';

/** Save, publish and the lifecycle buttons, with whether there are unsaved changes. */
export function EditorToolbar({ editor }: { editor: SurveyEditorModel }) {
  const { t } = useTranslation('surveys');
  const { survey, archived, dirty, busy, update, lifecycle, onSave, onPublish, publishLabel, nothingToPublish, setConfirm } = editor;
  return (
    <Paper withBorder radius="md" p="sm" mb="md" pos="sticky" top={68} style={{ zIndex: 5 }}>
      <Group justify="space-between" gap="sm">
        <Group gap="xs">
          <Button
            onClick={() => void onSave()}
            loading={update.isPending && !lifecycle.isPending}
            disabled={archived || !dirty || busy}
            data-testid="save-survey"
          >
            {t('common.save')}
          </Button>
          <Button
            variant="light"
            onClick={() => void onPublish()}
            loading={lifecycle.isPending && lifecycle.variables === 'publish'}
            disabled={archived || nothingToPublish || busy}
            data-testid="publish-survey"
          >
            {publishLabel}
          </Button>
          <Text size="sm" c={dirty ? 'yellow.9' : 'dimmed'} aria-live="polite" data-testid="editor-state">
            {archived
              ? t('surveys.editor.archivedReadOnly')
              : dirty
                ? t('surveys.editor.unsaved')
                : t('surveys.editor.allSaved')}
          </Text>
        </Group>
        <Group gap="xs">
          {survey.status === 'PUBLISHED' && (
            <Button variant="default" onClick={() => setConfirm('close')} disabled={busy} data-testid="close-survey">
              {t('surveys.editor.close')}
            </Button>
          )}
          {!archived && (
            <Button
              variant="default"
              onClick={() => setConfirm('archive')}
              disabled={busy}
              data-testid="archive-survey"
            >
              {t('surveys.editor.archive')}
            </Button>
          )}
          {survey.publishedVersion == null && (
            <Button
              variant="subtle"
              color="red"
              onClick={() => setConfirm('delete')}
              disabled={busy}
              data-testid="delete-survey"
            >
              {t('surveys.editor.delete')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

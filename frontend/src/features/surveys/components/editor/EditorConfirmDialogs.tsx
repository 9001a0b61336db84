import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog, problemMessage } from '@/components/feedback';
import type { SurveyEditorModel } from '../../hooks/useSurveyEditor';

/** Asks before closing, archiving or deleting the survey (deleting leaves for the survey list). */
export function EditorConfirmDialogs({ editor }: { editor: SurveyEditorModel }) {
  const { t } = useTranslation('surveys');
  const navigate = useNavigate();
  const { survey, confirm, setConfirm, lifecycle, remove, runLifecycle } = editor;
  return (
    <>
      <ConfirmDialog
        opened={confirm === 'close' || confirm === 'archive'}
        title={
          confirm === 'archive' ? t('surveys.editor.confirm.archiveTitle') : t('surveys.editor.confirm.closeTitle')
        }
        message={
          confirm === 'archive' ? t('surveys.editor.confirm.archiveText') : t('surveys.editor.confirm.closeText')
        }
        confirmLabel={confirm === 'archive' ? t('surveys.editor.archive') : t('surveys.editor.close')}
        busy={lifecycle.isPending}
        error={lifecycle.error && confirm ? problemMessage(lifecycle.error, t) : null}
        onCancel={() => {
          setConfirm(null);
          lifecycle.reset();
        }}
        onConfirm={() => {
          if (confirm === 'close' || confirm === 'archive') runLifecycle(confirm);
        }}
      />
      <ConfirmDialog
        opened={confirm === 'delete'}
        title={t('surveys.editor.confirm.deleteTitle', { name: survey.name })}
        message={t('surveys.editor.confirm.deleteText')}
        confirmLabel={t('surveys.editor.delete')}
        busy={remove.isPending}
        error={remove.error ? problemMessage(remove.error, t) : null}
        onCancel={() => {
          setConfirm(null);
          remove.reset();
        }}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/surveys', { replace: true }) })}
      />
    </>
  );
}

import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PromiseDetail } from '../api/types';
import { PromiseForm } from './PromiseForm';
import type { PromisePrefill } from './promise-schema';

/** The new-promise form in a dialog (on a complaint's page, prefilled with it). Mount it only while open. */
export function NewPromiseDialog({
  prefill,
  onClose,
  onCreated,
}: {
  prefill?: PromisePrefill;
  onClose: () => void;
  onCreated: (detail: PromiseDetail) => void;
}) {
  const { t } = useTranslation('promises');
  return (
    <Modal opened onClose={onClose} title={t('promises.form.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <PromiseForm prefill={prefill} onCreated={onCreated} onCancel={onClose} />
    </Modal>
  );
}

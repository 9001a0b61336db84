import { Alert, Button, Group, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import { mapProblemToFields } from '@/lib/problem-details';
import { type StatusChange, useChangeStatus, useRootCauses } from '../api/complaints';
import { OpenPromisesDialog, openPromisesOf, type PromiseObstacle } from './OpenPromisesDialog';

type Field = 'rootCauseId' | 'issueResolved';
const FIELDS: readonly Field[] = ['rootCauseId', 'issueResolved'];

/**
 * Closing a recovery case: the backend needs its root cause (from the tenant's list) and whether the customer's
 * issue was resolved. Missing answers are said under their fields before sending; the server's 400/422 field
 * errors land there too.
 */
export function RecoveryCloseDialog({ complaintId, opened, onClose }: { complaintId: string; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('complaints');
  const change = useChangeStatus(complaintId);
  const rootCauses = useRootCauses(opened);
  const [rootCauseId, setRootCauseId] = useState('');
  const [resolved, setResolved] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  // Open promises that stand in the way (a 409 `open-promises`), until the member says what becomes of them.
  const [guarded, setGuarded] = useState<PromiseObstacle[] | null>(null);
  const german = i18n.language.startsWith('de');

  const close = () => {
    setGuarded(null);
    setErrors({});
    setGeneral(null);
    change.reset();
    onClose();
  };
  const send = (request: StatusChange) =>
    change.mutate(request, {
      onSuccess: close,
      onError: (error) => {
        const obstacles = openPromisesOf(error);
        if (obstacles) {
          setGuarded(obstacles);
        } else if (error.status === 400 || error.status === 422) {
          const { fieldErrors, unmatched } = mapProblemToFields(error, FIELDS);
          setErrors(fieldErrors);
          if (unmatched.length > 0 || Object.keys(fieldErrors).length === 0) setGeneral(problemMessage(error, t, unmatched.map((e) => e.message)));
        } else {
          setGeneral(problemMessage(error, t));
        }
      },
    });
  const submit = () => {
    const missing: Partial<Record<Field, string>> = {};
    if (!rootCauseId) missing.rootCauseId = t('recovery.close.required');
    if (!resolved) missing.issueResolved = t('recovery.close.required');
    setErrors(missing);
    setGeneral(null);
    if (Object.keys(missing).length > 0) return;
    send({ status: 'CLOSED', rootCauseId, issueResolved: resolved === 'yes' });
  };

  const options = (rootCauses.data ?? [])
    .filter((c) => c.active)
    .sort((a, b) => a.position - b.position)
    .map((c) => ({ value: c.id, label: german ? c.nameDe : c.nameEn }));
  if (opened && guarded) {
    return (
      <OpenPromisesDialog
        status="CLOSED"
        obstacles={guarded}
        busy={change.isPending}
        error={change.isError && !openPromisesOf(change.error) ? problemMessage(change.error, t) : null}
        onConfirm={(openPromises) => send({ status: 'CLOSED', rootCauseId, issueResolved: resolved === 'yes', openPromises })}
        onCancel={() => {
          setGuarded(null);
          change.reset();
        }}
      />
    );
  }
  return (
    <Modal opened={opened} onClose={close} title={t('recovery.close.title')} centered>
      <Stack gap="md" data-testid="recovery-close-dialog">
        <Text size="sm">{t('recovery.close.lead')}</Text>
        <NativeSelect
          label={t('recovery.close.rootCause')}
          required
          value={rootCauseId}
          onChange={(e) => setRootCauseId(e.currentTarget.value)}
          data={[{ value: '', label: t('recovery.close.choose') }, ...options]}
          error={errors.rootCauseId}
          data-testid="recovery-root-cause"
        />
        <Radio.Group label={t('recovery.close.issueResolved')} required value={resolved} onChange={setResolved} error={errors.issueResolved}>
          <Group gap="md" mt={4}>
            <Radio value="yes" label={t('recovery.close.yes')} />
            <Radio value="no" label={t('recovery.close.no')} />
          </Group>
        </Radio.Group>
        {general && (
          <Alert color="red" variant="light" role="alert">
            {general}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close}>
            {t('recovery.close.cancel')}
          </Button>
          <Button color="red" onClick={submit} loading={change.isPending} data-testid="recovery-close-submit">
            {t('recovery.close.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Alert, Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/feedback';
import type { Complaint } from '@/lib/api/types';
import { useClassify } from '../api/complaints';
import type { useComplaintLookups } from '../hooks/useComplaintLookups';

/** Category and priority of a complaint, changed in place; the answer brings the clocks of the policy chosen again. */
export function ClassificationForm({
  complaint,
  lookups,
  onDone,
}: {
  complaint: Complaint;
  lookups: ReturnType<typeof useComplaintLookups>;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation('complaints');
  const classify = useClassify(complaint.id);
  const [categoryId, setCategoryId] = useState(complaint.categoryId ?? '');
  const [priorityId, setPriorityId] = useState(complaint.priorityId ?? '');
  const none = { value: '', label: t('classification.none') };
  const save = () =>
    classify.mutate({ categoryId: categoryId || null, priorityId: priorityId || null }, { onSuccess: () => onDone(true) });
  return (
    <Stack gap="sm" data-testid="classification-form">
      <NativeSelect
        label={t('complaints.fields.category')}
        value={categoryId}
        onChange={(e) => setCategoryId(e.currentTarget.value)}
        data={[none, ...lookups.categoryOptions(complaint.categoryId)]}
      />
      <NativeSelect
        label={t('complaints.fields.priority')}
        value={priorityId}
        onChange={(e) => setPriorityId(e.currentTarget.value)}
        data={[none, ...lookups.priorityOptions(complaint.priorityId)]}
      />
      {classify.isError && (
        <Alert color="red" variant="light" role="alert">
          {problemMessage(classify.error, t)}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" onClick={save} loading={classify.isPending} data-testid="classification-save">
          {t('classification.save')}
        </Button>
        <Button size="xs" variant="default" onClick={() => onDone(false)}>
          {t('classification.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

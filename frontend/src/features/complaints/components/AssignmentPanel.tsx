import { Alert, Button, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage, type Result, ResultMessage } from '@/components/feedback';
import type { Complaint } from '@/lib/api/types';
import { useAssign } from '../api/complaints';
import type { Option, useComplaintLookups } from '../hooks/useComplaintLookups';

type Lookups = ReturnType<typeof useComplaintLookups>;

/**
 * The complaint's unit and assignee. ADMIN and MANAGER change them; a MANAGER (who can't list members) can assign
 * it to themselves or to nobody, or keep the current assignee.
 */
export function AssignmentPanel({ complaint, lookups, canAssign }: { complaint: Complaint; lookups: Lookups; canAssign: boolean }) {
  const { t } = useTranslation('complaints');
  // Kept here: the form is new after each save, the message outlives it.
  const [result, setResult] = useState<Result | null>(null);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="assignment-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="assignment-title">
          {t('complaints.assignment.title')}
        </Title>
        {canAssign ? (
          // A new form for each saved assignment: its selects start from what is stored.
          <>
            <AssignmentForm
              key={`${complaint.unitId ?? ''}|${complaint.assigneeId ?? ''}`}
              complaint={complaint}
              lookups={lookups}
              onSaved={() => setResult({ kind: 'success', text: t('complaints.assignment.saved') })}
              onChanged={() => setResult(null)}
            />
            <ResultMessage result={result} onClose={() => setResult(null)} />
          </>
        ) : (
          <Stack gap={4}>
            <Text size="sm">
              {t('complaints.fields.unit')}: {lookups.unitName(complaint.unitId) ?? t('complaints.assignment.noUnit')}
            </Text>
            <Text size="sm">
              {t('complaints.fields.assignee')}: {lookups.memberName(complaint.assigneeId) ?? t('complaints.unassigned')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

function AssignmentForm({
  complaint,
  lookups,
  onSaved,
  onChanged,
}: {
  complaint: Complaint;
  lookups: Lookups;
  onSaved: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('complaints');
  const assign = useAssign(complaint.id);
  const [unitId, setUnitId] = useState(complaint.unitId ?? '');
  const [assigneeId, setAssigneeId] = useState(complaint.assigneeId ?? '');

  const members: Option[] = lookups.memberOptions ?? [
    ...(lookups.meId ? [{ value: lookups.meId, label: t('complaints.me') }] : []),
    ...(complaint.assigneeId && complaint.assigneeId !== lookups.meId
      ? [{ value: complaint.assigneeId, label: lookups.memberName(complaint.assigneeId) ?? t('complaints.someone') }]
      : []),
  ];
  const changed = unitId !== (complaint.unitId ?? '') || assigneeId !== (complaint.assigneeId ?? '');

  const save = () => {
    onChanged();
    assign.mutate({ unitId: unitId || null, assigneeId: assigneeId || null }, { onSuccess: onSaved });
  };

  return (
    <Stack gap="sm" data-testid="assignment-form">
      <NativeSelect
        label={t('complaints.fields.unit')}
        value={unitId}
        onChange={(e) => {
          setUnitId(e.currentTarget.value);
          onChanged();
        }}
        data={[{ value: '', label: t('complaints.assignment.noUnit') }, ...lookups.unitOptions]}
        data-testid="assign-unit"
      />
      <NativeSelect
        label={t('complaints.fields.assignee')}
        description={lookups.memberOptions ? undefined : t('complaints.assignment.onlyMe')}
        value={assigneeId}
        onChange={(e) => {
          setAssigneeId(e.currentTarget.value);
          onChanged();
        }}
        data={[{ value: '', label: t('complaints.unassigned') }, ...members]}
        data-testid="assign-member"
      />
      {assign.isError && (
        <Alert color="red" variant="light" role="alert">
          {problemMessage(assign.error, t)}
        </Alert>
      )}
      <Button size="xs" onClick={save} loading={assign.isPending} disabled={!changed} data-testid="assign-save" style={{ alignSelf: 'flex-start' }}>
        {t('complaints.assignment.save')}
      </Button>
    </Stack>
  );
}
